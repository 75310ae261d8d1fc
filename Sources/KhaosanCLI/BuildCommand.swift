import ArgumentParser
import Foundation
import Khaosan

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the knowledge graph of the inputs (default: the bundled corpus/) as JSON-LD."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var extraction: ExtractionOptions

    @Option(name: [.short, .customLong("output")], help: "Where to write the graph ('-' for stdout).")
    var output: String = "out/graph.jsonld"

    @Option(name: .customLong("base-iri"), help: "IRI base of every node of the graph.")
    var baseIRI: String = GraphIRI.defaultBase

    @Option(help: "How many most-mentioned entities the summary lists.")
    var top: Int = 10

    func run() throws {
        let paths = input.inputs.isEmpty ? [BundledCorpus.path] : input.inputs
        let lexicon = try extraction.lexicon()
        let (extractions, rejected) = try GraphBuildInputs.extract(paths: paths, pipeline: extraction.pipeline())
        let graph = KnowledgeGraph.build(from: extractions, lexicon: lexicon, base: baseIRI)
        if output == "-" {
            JSONLDWriter().stream(graph) { FileHandle.standardOutput.write(Data($0)) }
        } else {
            try JSONLDWriter().write(graph, to: output)
        }
        printError("documents: \(extractions.count + rejected) (\(extractions.count) read, \(rejected) rejected)")
        for line in GraphSummary(graph, top: top).lines { printError(line) }
        if output != "-" {
            let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            printError("wrote \(output) (\(size) bytes)")
        }
        if extractions.isEmpty && rejected > 0 { throw ExitCode(1) }
    }
}

/// The glue between reading documents and the graph: sequential extraction for
/// now (the batch engine replaces `extract`).
enum GraphBuildInputs {
    /// Extractions of every document under `paths`, and the number rejected.
    static func extract(paths: [String], pipeline: ExtractionPipeline) throws
        -> (extractions: [DocumentExtraction], rejected: Int) {
        let relations = RelationExtractor()
        var extractions: [DocumentExtraction] = []
        var rejected = 0
        try DocumentReader(paths: paths).forEach { item in
            switch item {
            case .document(let raw):
                do {
                    extractions.append(try pipeline.extraction(of: raw, relations: relations))
                } catch {
                    rejected += 1
                    printError("rejected \(raw.metadata.source ?? raw.id): \(error)")
                }
            case .rejected(let error):
                rejected += 1
                printError("rejected \(error)")
            }
        }
        return (extractions, rejected)
    }
}
