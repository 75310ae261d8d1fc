import ArgumentParser
import Foundation
import Khaosan

struct EvalGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-graph",
        abstract: "Score a graph against a graph gold registry: coverage, B-cubed, nodes per entity, relations.",
        discussion: """
        Reads the graph (JSON-LD written by `khaosan build`) as a stream, the documents it was built from \
        (same inputs as build), the gold directory (entities.jsonl, relations.jsonl) and, for relations, the \
        `khaosan extract` output of those documents (--extraction; without it relations are not scored). \
        Definitions: README, "Graph evaluation". Exit status: 0 scored, 2 bad input.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("The graph to score (JSON-LD written by khaosan build).", valueName: "file"))
    var graph: String

    @Option(help: ArgumentHelp("Graph gold directory (entities.jsonl; relations.jsonl for --extraction).", valueName: "dir"))
    var gold: String

    @Option(help: ArgumentHelp("`khaosan extract` output of the documents, to score relations.", valueName: "file"))
    var extraction: String?

    @Option(help: "List the N worst splits, mixes and relation errors.")
    var errors: Int = 0

    @Option(help: "text for people, json for machines (stable keys, see README).")
    var format: Format = .text

    @Option(name: .customLong("json"), help: ArgumentHelp("Also write the JSON report to this file (atomically).", valueName: "file"))
    var jsonPath: String?

    func validate() throws {
        guard errors >= 0 else { throw ValidationError("--errors must be 0 or more, not \(errors)") }
        guard !input.inputs.isEmpty else { throw ValidationError("name the documents the graph was built from") }
    }

    func run() throws {
        do {
            if let jsonPath { try AtomicFile.checkWritable(jsonPath) }
            let report = EvalGraphReport(evaluation: try evaluate())
            if let jsonPath { try AtomicFile.write(Data(try report.json().utf8), to: jsonPath) }
            var output = StandardOutput()
            switch format {
            case .text: output.write(report.text())
            case .json: output.write(try report.json())
            }
            output.flush()
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("khaosan eval-graph: \(error)")
            throw ExitCode(2)
        }
    }

    private func evaluate() throws -> GraphEvaluation {
        let registry = try GoldRegistry.load(path: (gold as NSString).appendingPathComponent("entities.jsonl"))
        var relations: GoldRelations?
        if extraction != nil {
            relations = try GoldRelations.load(path: (gold as NSString).appendingPathComponent("relations.jsonl"))
        }
        let index = try GraphMentionIndex.read(path: graph)
        var evaluator = GraphEvaluator(registry: registry)
        for conflict in evaluator.finder.conflicts {
            printError("warning: gold string \"\(conflict)\" is listed for two entities (or also as ambiguous); not scored")
        }
        let segmenter = try Segmenter()
        var rejected = 0
        try DocumentReader(paths: input.inputs).forEach { item in
            switch item {
            case .rejected(let error):
                rejected += 1
                printError("rejected \(error.location): \(error.reason)")
            case .document(let raw):
                let document = Document(id: raw.id, metadata: raw.metadata, source: raw.source)
                evaluator.add(document, tokens: try segmenter.tokens(of: document), mentions: index.mentions(document: raw.id),
                              graph: index)
            }
        }
        var evaluation = evaluator.evaluation(errors: errors)
        guard evaluation.documents > 0 else { throw CommandError(description: "no document read (\(rejected) rejected)") }
        if let extraction, let relations {
            let extractions = try RelationEvaluator.extractions(path: extraction, ids: Set(relations.factsByDocument.keys))
            evaluation.relations = RelationEvaluator().evaluate(gold: relations, extractions: extractions, errors: errors)
        }
        return evaluation
    }
}
