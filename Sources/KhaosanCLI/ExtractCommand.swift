import ArgumentParser
import Foundation
import Khaosan

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract mentions per document: one JSON line per document on stdout.",
        discussion: """
            Each line is a document's extraction (deterministic JSON, in input order), or \
            {"error":…,"location":…} for a document that could not be read. `khaosan merge` \
            turns such outputs into the graph `build` would write. Logs go to stderr.
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
        var output = StandardOutput()
        let encoder = ExtractionJSON.encoder()
        let result = try BatchRunner(options: batch, paths: paths, extraction: extraction, errors: report,
                                     excluded: runPaths.excludedFromInput).run { outcome in
            switch outcome {
            case .extracted(let extraction, _, _):
                output.write(data: try ExtractionJSON.line(extraction))
            case .rejected(let error):
                printError("rejected \(error)")
                output.write(data: ExtractionJSON.errorLine(error, encoder: encoder))
            }
            output.write("\n")
        }
        output.flush()
        try report.commit()
        for line in BatchRunner.summary(result, jobs: batch.jobs) { printError(line) }
        try batch.checkOutcome(result.statistics)
    }
}
