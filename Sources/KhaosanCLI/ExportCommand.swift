import ArgumentParser
import Foundation
import Khaosan

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph as N-Quads, Turtle, CSV/TSV tables, or JSON-LD without its annotations.",
        discussion: """
            Reads a graph that `khaosan build` or `merge` wrote (plain, .gz, .bz2, .xz or .zst; '-' \
            reads stdin) one node line at a time, so memory does not grow with the graph.
              nquads   N-Quads to -o (a file, '-' for stdout); load it into Oxigraph, Jena, rdflib…
              turtle   Turtle to -o.
              csv, tsv tables into the directory -o: entities, mentions (article, start, end, \
            label, text, entity), relations (with the article that asserted each), articles, roles.
              split    two JSON-LD files into the directory -o: entities.jsonld (the graph without \
            its oa:Annotation nodes) and annotations.jsonld (one per mention).
            Outputs are replaced atomically; docs/export.md has the columns and example queries.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case nquads, turtle, csv, tsv, split }

    @Argument(help: "The graph (JSON-LD written by khaosan build or merge; '-' reads stdin).")
    var graph: String

    @Option(name: .long, help: "nquads, turtle, csv, tsv or split.")
    var to: Format

    @Option(name: .shortAndLong, help: "Output file (nquads, turtle; '-' for stdout) or directory (csv, tsv, split).")
    var output: String

    func validate() throws {
        if output == "-" && ![.nquads, .turtle].contains(to) {
            throw ValidationError("--to \(to.rawValue) writes several files: give a directory with -o")
        }
    }

    func run() throws {
        let target: GraphExport.Target
        switch to {
        case .nquads: target = .nquads(output)
        case .turtle: target = .turtle(output)
        case .csv: target = .tables(directory: output, format: .csv)
        case .tsv: target = .tables(directory: output, format: .tsv)
        case .split: target = .splitJSONLD(entities: output + "/entities.jsonld", annotations: output + "/annotations.jsonld")
        }
        let counts: [String: Int]
        do {
            counts = try GraphExport.run(input: graph, to: target)
        } catch {
            throw CommandError(description: "khaosan export: \(error)")
        }
        printError("exported \(graph) as \(to.rawValue) to \(output): "
                   + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
    }
}
