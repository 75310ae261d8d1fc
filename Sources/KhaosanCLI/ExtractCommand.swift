import ArgumentParser
import Foundation
import Khaosan

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract mentions per document: one JSON line per document on stdout.",
        discussion: """
            Each line is a document's extraction (deterministic JSON, in input order), or \
            {"error":…,"location":…} for a document that could not be read; the last line is a \
            trailer {"trailer":{"checksum":…,"lines":N}} (see `merge`). `khaosan merge` turns \
            such outputs into the graph `build` would write. Logs go to stderr. Each line is \
            written with its newline in one write(2), so several extracts can share one pipe: \
            writes of up to PIPE_BUF (4096) bytes are never mixed; longer lines may be split by \
            the system when the pipe is full, which `merge` detects by the trailers' checksums.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var batch: BatchOptions
    @OptionGroup var extraction: ExtractionOptions

    @Option(help: "Also write the rejected documents, one JSON line each, to this file.")
    var errors: String?

    func run() throws {
        let paths = input.inputs.isEmpty ? ["-"] : input.inputs
        let runPaths = RunPaths(inputs: paths, outputs: errors.map { [("--errors", $0)] } ?? [])
        try runPaths.check()
        let report = try ErrorsReport(path: errors)
        var tally = ExtractOutputTrailer()
        let encoder = ExtractionJSON.encoder()
        batch.startProfile()
        let result = try BatchRunner(options: batch, paths: paths, extraction: extraction, errors: report,
                                     excluded: runPaths.excludedFromInput).run { outcome in
            var line: Data
            switch outcome {
            case .extracted(let extraction, _, _):
                line = try StageProfile.measure("extraction JSON") { try ExtractionJSON.line(extraction) }
            case .rejected(let error):
                printError("rejected \(error)")
                line = ExtractionJSON.errorLine(error, encoder: encoder)
            }
            tally.add(line: line)
            line.append(0x0A)
            StageProfile.measure("output write") { StandardOutput.write(line) }   // one write(2): whole lines only
        }
        StandardOutput.write(tally.line + Data([0x0A]))
        try report.commit()
        for line in BatchRunner.summary(result, jobs: batch.jobs) { printError(line) }
        batch.printProfile()
        try batch.checkOutcome(result.statistics)
    }
}
