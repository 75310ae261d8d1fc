import ArgumentParser
import Foundation
import Khaosan

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two graphs by entity and by article. Exit status: 0 equal, 1 different, 2 error.",
        discussion: """
        Both graphs are streamed side by side (memory bounded by the entities, not the mentions).
        With --source (the inputs the graphs were built from), each mention edit shows its sentence.
        --format json has the whole report (schema khaosan-diff/2, see the README); text and markdown
        show at most --limit items per section and, with --max-bytes, stay under that size and say
        what they left out; --format html writes one self-contained page.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, html }

    @OptionGroup var graphs: GraphPairArguments

    @Option(help: "text (terminal), markdown (pull-request comment), json or html (one self-contained page).")
    var format: Format = .text

    @Option(help: "At most this many items per section in text and markdown.")
    var limit: Int = 50

    @Option(name: .customLong("max-bytes"),
            help: "Size limit of a text or markdown diff in bytes (0: none; a GitHub comment holds 65536 characters).")
    var maxBytes: Int = 0

    @Flag(help: "Only the summary: counts, mentions by label and the edits per article.")
    var stat = false

    @Option(name: .customLong("source"),
            help: "An input the graphs were built from (file or folder, as for build; repeatable): edits show their sentences.")
    var sources: [String] = []

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, not \(limit)") }
        guard maxBytes >= 0 else { throw ValidationError("--max-bytes must be 0 or more, not \(maxBytes)") }
    }

    func run() throws {
        var report: GraphDiffReport
        do {
            report = try GraphDiff.compare(oldPath: graphs.old, newPath: graphs.new)
            if !sources.isEmpty {
                let missing = try DiffSentences.attach(to: &report, sources: sources)
                if !missing.isEmpty {
                    printError("khaosan diff: \(missing.count) changed article\(missing.count == 1 ? "" : "s") not in --source "
                        + "(first: \(missing[0])); shown without sentences")
                }
            }
        } catch {
            printError("khaosan diff: \(error)")
            throw ExitCode(2)
        }
        let formatter = GraphDiffFormatter(format: GraphDiffFormatter.Format(rawValue: format.rawValue)!, limit: limit,
                                           maxBytes: maxBytes, stat: stat)
        StandardOutput.write(Data(formatter.render(report).utf8), failureStatus: 2)
        if !report.isEmpty { throw ExitCode(1) }
    }
}
