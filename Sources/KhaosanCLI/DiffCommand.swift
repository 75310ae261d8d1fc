import ArgumentParser
import Foundation
import Khaosan

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two graphs by entity. Exit status: 0 equal, 1 different, 2 error."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    @Argument(help: "The old graph (JSON-LD written by khaosan build).")
    var old: String

    @Argument(help: "The new graph.")
    var new: String

    @Option(help: "text (terminal), markdown (pull-request comment) or json.")
    var format: Format = .text

    @Option(help: "At most this many items per section in text and markdown.")
    var limit: Int = 50

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more, not \(limit)") }
    }

    func run() throws {
        let report: GraphDiffReport
        do {
            report = GraphDiff.compare(try GraphReader.read(path: old), try GraphReader.read(path: new))
        } catch {
            printError("khaosan diff: \(error)")
            throw ExitCode(2)
        }
        let formatter = GraphDiffFormatter(format: GraphDiffFormatter.Format(rawValue: format.rawValue)!, limit: limit)
        StandardOutput.write(Data(formatter.render(report).utf8), failureStatus: 2)
        if !report.isEmpty { throw ExitCode(1) }
    }
}
