import ArgumentParser
import Foundation
import Khaosan

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the knowledge graph of the inputs (default: the bundled corpus/)."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var batch: BatchOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .shortAndLong, help: "Where to write the graph ('-' for stdout).")
    var output: String = "out/graph.jsonld"

    @Option(help: "Where to write the list of rejected documents (default: <graph>.errors.jsonl beside the graph file; none when the graph goes to stdout, a pipe or a device).")
    var errors: String?

    /// The errors report's path: --errors, else `<graph>.errors.jsonl` beside a graph file,
    /// else none (the graph goes to stdout, a pipe or a device such as /dev/null).
    var errorsPath: String? {
        if let errors { return errors }
        if output == "-" || AtomicFile.writesInPlace(output) { return nil }
        return output + ".errors.jsonl"
    }

    func run() throws {
        if input.inputs.isEmpty { printError("no inputs given: building the bundled corpus (\(BundledCorpus.path))") }
        let paths = input.inputs.isEmpty ? [BundledCorpus.path] : input.inputs
        // Before anything is opened: every input exists and no output is an input or the other output.
        let runPaths = RunPaths(inputs: paths, outputs: [("-o", output)] + (errorsPath.map { [("--errors", $0)] } ?? []))
        try runPaths.check()
        // Fail before the extraction, not after it, when an output cannot be written.
        if output != "-" { try AtomicFile.checkWritable(output) }
        let report = try ErrorsReport(path: errorsPath)
        batch.startProfile()
        var extractions = ExtractionSet()
        var interner = ExtractionInterner()   // shares equal names: memory held until the graph is written
        var conflicts: [String] = []
        let result = try BatchRunner(options: batch, paths: paths, extraction: extraction, errors: report,
                                     excluded: runPaths.excludedFromInput).run { outcome in
            switch outcome {
            case .extracted(let extraction, _, _):
                switch StageProfile.measure("collect (intern, dedupe)", { extractions.insert(interner.intern(extraction)) }) {
                case .replacedConflicting, .keptConflicting: conflicts.append(extraction.id)
                default: break
                }
            case .rejected(let error):
                printError("rejected \(error)")
            }
        }
        interner = ExtractionInterner()
        StageProfile.markMemory("after extraction")
        for line in BatchRunner.summary(result, jobs: batch.jobs) { printError(line) }
        let graph = GraphOutput.graph(for: extractions, lexicon: try extraction.lexicon(), base: graphOptions.baseIRI)
        // The report is renamed into place right before the graph: both come from this run.
        try GraphFile.write(graph, to: output, options: graphOptions, before: { try report.commit() })
        for id in Set(conflicts).sorted() {
            printError("warning: document id \(id) appears with different content; kept the one whose JSON sorts first")
        }
        printError("graph: \(output == "-" ? "stdout" : output) (\(extractions.count) documents); "
            + "errors report: \(errorsPath ?? "none, see --errors") (\(result.statistics.rejected) rejected)")
        batch.printProfile()
        try batch.checkOutcome(result.statistics)
    }
}
