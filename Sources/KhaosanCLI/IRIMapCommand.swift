import ArgumentParser
import Foundation
import Khaosan

struct IRIMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iri-map",
        abstract: "Write where each entity IRI of an old graph went in a new one (redirects). Exit status: 0, 2 error.",
        discussion: """
        Entities are paired by the stable part of their IRIs (<kind>/…-<hash>: the hash of label and
        entity key), so an entity whose slug changed (a new romanisation) gets a redirect. Only moved
        IRIs are listed, sorted by the old IRI: TSV "old⇥new" with a header line, or N-Triples
        owl:sameAs statements (--format sameas) to load beside the new graph. A summary goes to
        standard error. See docs/iri-stability.md.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, sameas }

    @OptionGroup var graphs: GraphPairArguments

    @Option(help: "tsv (old⇥new) or sameas (N-Triples <old> owl:sameAs <new>).")
    var format: Format = .tsv

    func run() throws {
        let redirects: IRIRedirects
        do {
            redirects = try IRIRedirects.compare(oldPath: graphs.old, newPath: graphs.new)
        } catch {
            printError("khaosan iri-map: \(error)")
            throw ExitCode(2)
        }
        var out = format == .tsv ? "old\tnew\n" : ""
        for (from, to) in redirects.moved {
            out += format == .tsv ? "\(from)\t\(to)\n" : "<\(from)> <http://www.w3.org/2002/07/owl#sameAs> <\(to)> .\n"
        }
        StandardOutput.write(Data(out.utf8), failureStatus: 2)
        printError("khaosan iri-map: \(redirects.moved.count) moved, \(redirects.unchanged) unchanged, "
            + "\(redirects.onlyOld.count) only in the old graph, \(redirects.onlyNew) only in the new graph")
    }
}
