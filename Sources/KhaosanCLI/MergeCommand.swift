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
            counted as rejected documents. Every part must be complete: it ends with the trailer \
            `extract` writes (line count and checksum; the outputs of several extracts may be \
            concatenated or interleaved line by line in one part), its last line is not cut, it \
            is not empty, and every line is an extraction or error line whose ranges, DATE values \
            and id are valid. Otherwise each problem is named on stderr and the command fails \
            (exit 1) without writing a graph — a graph without some of its documents would look \
            complete — unless --accept-partial is given, which writes the graph of the valid lines.
            """
    )

    @Argument(help: "Outputs of `khaosan extract` ('-' reads stdin).")
    var parts: [String] = ["-"]

    @Option(name: .shortAndLong, help: "Where to write the graph ('-' for stdout).")
    var output: String = "-"

    @Option(help: "Write the rejected documents and unreadable lines, one JSON line each, to this file.")
    var errors: String?

    @Flag(help: "Write the graph of the valid lines even when parts are incomplete or have invalid lines (reported on stderr).")
    var acceptPartial = false

    @OptionGroup var lexicons: LexiconOptions
    @OptionGroup var graphOptions: GraphOptions

    func run() throws {
        try RunPaths(inputs: parts.filter { $0 != "-" && !$0.isEmpty }, outputs: [("-o", output)] + (errors.map { [("--errors", $0)] } ?? []))
            .checkDistinct()
        if output != "-" { try AtomicFile.checkWritable(output) }
        let report = try ErrorsReport(path: errors)
        var set = ExtractionSet()
        var interner = ExtractionInterner()   // shares equal names: memory held until the graph is written
        var (lines, rejected, malformed, duplicates, conflicts) = (0, 0, 0, 0, 0)
        var incomplete: [String] = []   // one entry per problem that makes the merge partial
        let decoder = JSONDecoder()
        for part in parts {
            var counted = ExtractOutputTrailer(), declared = ExtractOutputTrailer()
            var trailers = 0
            let cut: Bool
            do {
                cut = try ExtractOutputReader(path: part).forEach { line, number in
                    if let trailer = ExtractOutputTrailer(parsing: line) {
                        declared.add(trailer)
                        trailers += 1
                        return
                    }
                    lines += 1
                    counted.add(line: line)
                    do {
                        switch try ExtractionJSON.parse(line, decoder: decoder) {
                        case .extraction(let extraction):
                            if let problem = ExtractionValidity.problem(in: extraction) {
                                throw ExtractionLineError(reason: problem)
                            }
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
                    } catch let error as ExtractionLineError {
                        malformed += 1
                        let failure = InputError(location: "\(part):\(number)", reason: "invalid extract line: \(error)")
                        printError("rejected \(failure)")
                        try report.append(failure)
                    }
                }
            } catch let error as FileWriteError {
                throw error
            } catch {
                let failure = error as? InputError ?? InputError(location: part, reason: FileWriteError.reason(of: error))
                printError("rejected \(failure)")
                try report.append(failure)
                incomplete.append("\(part): cannot be read")
                continue
            }
            if counted.lines == 0 && trailers == 0 && !cut {
                incomplete.append("\(part): empty (no lines, no trailer)")
            } else if cut {
                incomplete.append("\(part): the last line is cut (no newline at the end)")
            } else if trailers == 0 {
                incomplete.append("\(part): no trailer: the output is incomplete (extract did not finish, or it was cut)")
            } else if counted != declared {
                incomplete.append("\(part): \(counted.lines) line(s) but the trailer(s) declare \(declared.lines)"
                    + (counted.lines == declared.lines ? " with another checksum" : "")
                    + ": lines lost, cut or mixed")
            }
        }
        if malformed > 0 { incomplete.append("\(malformed) invalid line(s), rejected above") }
        interner = ExtractionInterner()
        printError("merged: \(lines) line(s) from \(parts.count) part(s): \(set.count) document(s), "
            + "\(duplicates) duplicate(s), \(conflicts) conflicting duplicate(s), \(rejected) rejected, \(malformed) invalid")
        for problem in incomplete { printError((acceptPartial ? "warning: " : "error: ") + problem) }
        if !incomplete.isEmpty && !acceptPartial {
            printError("error: incomplete input; no graph written (--accept-partial writes the graph of the valid lines)")
            throw ExitCode(1)
        }
        if set.count == 0 && (rejected > 0 || malformed > 0) {
            try report.commit()
            throw ExitCode(1)
        }
        let graph = GraphOutput.graph(for: set, lexicon: try lexicons.lexicon(), base: graphOptions.baseIRI)
        try GraphFile.write(graph, to: output, options: graphOptions, before: { try report.commit() })
    }
}
