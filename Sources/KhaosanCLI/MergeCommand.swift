import ArgumentParser
import Foundation
import Khaosan

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge `khaosan extract` outputs into the graph (the bytes `build` writes for the same documents).",
        discussion: """
            Extractions are united by document id (a duplicate id keeps the extraction whose \
            canonical JSON sorts first, so the order of PARTS does not matter). Error lines are \
            counted as rejected documents; a line that is neither form is reported with its \
            file and line and skipped. A PART that cannot be read (missing, a directory, \
            unreadable) is named on stderr and the command fails (exit 1) without writing a \
            graph: a graph without one of its shards would look complete.
            """
    )

    @Argument(help: "Outputs of `khaosan extract` ('-' reads stdin).")
    var parts: [String] = ["-"]

    @Option(name: .shortAndLong, help: "Where to write the graph ('-' for stdout).")
    var output: String = "-"

    @Option(help: "Write the rejected documents and unreadable lines, one JSON line each, to this file.")
    var errors: String?

    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var graphOptions: GraphOptions

    func run() throws {
        if output != "-" { try AtomicFile.checkWritable(output) }
        if let errors { try AtomicFile.checkWritable(errors) }
        var set = ExtractionSet()
        var interner = ExtractionInterner()   // shares equal names: memory held until the graph is written
        let report = try ErrorsReport(path: errors)
        var (lines, rejected, malformed, duplicates, conflicts) = (0, 0, 0, 0, 0)
        var unreadableParts: [String] = []
        let decoder = JSONDecoder()
        for part in parts {
            do {
                try ExtractOutputReader(path: part).forEach { line, number in
                    lines += 1
                    do {
                        switch try ExtractionJSON.parse(line, decoder: decoder) {
                        case .extraction(let extraction):
                            switch set.insert(interner.intern(extraction)) {
                            case .new: break
                            case .duplicate: duplicates += 1
                            case .replacedConflicting, .keptConflicting:
                                conflicts += 1
                                printError("warning: \(part):\(number): document id \(extraction.id) seen with different content; kept one by content order")
                            }
                        case .rejected(let error):
                            rejected += 1
                            try report.append(error)
                        }
                    } catch {
                        malformed += 1
                        let failure = IngestError(location: "\(part):\(number)", reason: "unreadable extract line: \(error)")
                        printError("rejected \(failure)")
                        try report.append(failure)
                    }
                }
            } catch {
                malformed += 1
                let failure = error as? IngestError ?? IngestError(location: part, reason: FileWriteError.reason(of: error))
                printError("rejected \(failure)")
                try report.append(failure)
                unreadableParts.append(part)
            }
        }
        interner = ExtractionInterner()
        try report.commit()
        printError("merged: \(lines) line(s) from \(parts.count) part(s): \(set.count) document(s), "
            + "\(duplicates) duplicate(s), \(conflicts) conflicting duplicate(s), \(rejected) rejected, \(malformed) unreadable")
        // A missing part, or nothing usable and something wrong: fail without writing a graph.
        if !unreadableParts.isEmpty {
            printError("error: \(unreadableParts.count) part(s) could not be read: "
                + unreadableParts.joined(separator: ", ") + "; no graph written")
            throw ExitCode(1)
        }
        if set.count == 0 && (rejected > 0 || malformed > 0) { throw ExitCode(1) }
        let graph = GraphOutput.streamedGraph(for: set, lexicon: try lexicons.lexicon(), base: graphOptions.baseIRI)
        try GraphFile.write(graph, to: output, options: graphOptions)
    }
}
