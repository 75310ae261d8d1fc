import ArgumentParser
import Foundation
import Khaosan

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against gold spans: exact span + label, per label and micro.",
        discussion: """
        Gold is JSONL, one document a line: {"id", "text", "spans": [{"start", "end", "label", "text"}]}, \
        offsets in Unicode scalars of "text". Error kinds follow nervaluate: boundary, label, \
        boundary+label, missed, spurious.
        """
    )

    enum Split: String, ExpressibleByArgument, CaseIterable { case all, dev, train }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: ArgumentHelp("Gold JSONL file.", valueName: "file"))
    var gold: String

    @Option(help: "Which ThaiNER part to score: dev (id number divisible by 10), train (the rest) or all.")
    var split: Split = .all

    @Option(parsing: .upToNextOption,
            help: "Labels to score (default: every label in the gold and the predictions). Comma or space separated.")
    var labels: [String] = []

    @Option(help: "Print up to N examples of each error kind, with context.")
    var errors: Int = 0

    @Option(help: "text for people, json for machines.")
    var format: Format = .text

    @Option(name: .customLong("write-predictions"), help: ArgumentHelp("Write the predictions as gold-format JSONL.", valueName: "file"))
    var writePredictions: String?

    @Option(name: .customLong("label-map"), parsing: .upToNextOption,
            help: ArgumentHelp("Rename gold labels before scoring: FROM=TO pairs, comma or space separated (GPE=PLACE,PER=PERSON); FROM= drops a label.", valueName: "pairs"))
    var labelMap: [String] = []

    @Flag(name: .customLong("one-convention"),
          help: "Score DATE under --date-convention only (by default the other convention's DATE and micro-4 scores are printed too).")
    var oneConvention = false

    @Option(name: .customLong("rule-precedence"),
            help: ArgumentHelp("A rule⇥precedence table to use instead of the shipped one (rule, confidence, tagger, confirmed; scripts/tune-rule-precedence.py).", valueName: "file"))
    var rulePrecedence: String?

    @OptionGroup var extraction: ExtractionOptions

    /// The pipeline with `--date-convention` or `convention`, and `--rule-precedence` if given.
    private func pipeline(dateConvention convention: DateSpanConvention? = nil) throws -> ExtractionPipeline {
        let pipeline = try extraction.pipeline(dateConvention: convention)
        if let path = rulePrecedence {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError(description: "rule precedence \(path): cannot read the file")
            }
            let table = try RuleTaggerCombination(parsing: String(decoding: data, as: UTF8.self), origin: path)
            pipeline.components = pipeline.components.map { component in
                if case .validator(let validator) = component, validator is RuleTaggerCombination { return .validator(table) }
                return component
            }
        }
        return pipeline
    }

    func run() throws {
        var documents: [GoldDocument]
        do {
            documents = try GoldDocument.load(jsonl: gold)
        } catch {
            throw CommandError(description: "gold \(error)")
        }
        do {
            documents = try GoldLabelMap(parsing: labelMap).apply(to: documents)
        } catch {
            throw CommandError(description: "\(error)")
        }
        switch split {
        case .all: break
        case .dev: documents = documents.filter(\.isThaiNERDev)
        case .train: documents = documents.filter { !$0.isThaiNERDev }
        }
        // Scores over nothing would read as a result (0 of 0); an empty gold is a mistake.
        guard !documents.isEmpty else {
            throw CommandError(description: "gold \(gold): no gold documents" + (split == .all ? "" : " in the \(split.rawValue) split"))
        }
        let labelSet: Set<String>? = labels.isEmpty ? nil
            : Set(labels.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
        let result = try GoldEvaluator.evaluate(documents, pipeline: pipeline(), labels: labelSet)
        if let path = writePredictions {
            try EvalReport.writePredictions(result.predictions, to: path)
        }
        // Gold sets differ on what a DATE span covers ("ในปี [2538]" or "[ปี 2538]"); the other
        // convention's scores show how much of a DATE difference is convention, not error.
        var other: EvalReport.OtherConvention?
        if !oneConvention, labelSet?.contains("DATE") ?? true {
            let convention = DateSpanConvention.allCases.first { $0 != extraction.dateConvention }!
            let otherResult = try GoldEvaluator.evaluate(
                documents, pipeline: pipeline(dateConvention: convention), labels: labelSet)
            other = EvalReport.OtherConvention(name: convention.rawValue, scorer: otherResult.scorer)
        }
        let report = EvalReport(result: result, documents: documents, split: split.rawValue, otherConvention: other)
        var output = StandardOutput()
        switch format {
        case .text:
            output.write(report.text())
            if errors > 0 { output.write(report.errorExamples(perKind: errors)) }
        case .json:
            output.write(report.json(errorsPerKind: errors))
        }
        output.flush()
    }
}
