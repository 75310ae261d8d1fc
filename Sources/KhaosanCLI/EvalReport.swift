import ArgumentParser
import Foundation
import Khaosan

/// Formats a `GoldEvaluator.Result` for `khaosan eval`: a text table or JSON.
struct EvalReport {
    let result: GoldEvaluator.Result
    let documents: [GoldDocument]
    let split: String
    /// The scores under the other DATE span convention, when they were computed.
    var otherConvention: OtherConvention? = nil

    /// DATE and micro scores of the same gold under the other `--date-convention`.
    struct OtherConvention {
        let name: String
        let scorer: SpanScorer
    }

    /// The four labels the project's headline micro score covers.
    static let coreLabels: Set<String> = ["PERSON", "ORG", "PLACE", "DATE"]

    private var labels: [String] { result.scorer.byLabel.keys.sorted() }

    private var notProduced: [String] {
        labels.filter { !result.producedLabels.contains($0) && (result.scorer.byLabel[$0]?.gold ?? 0) > 0 }
    }

    func text() -> String {
        var lines: [String] = []
        let goldCount = result.scorer.micro.gold
        lines.append("documents: \(documents.count) (split \(split)), gold spans: \(goldCount)")
        lines.append(row("label", "gold", "pred", "correct", "P", "R", "F1"))
        for label in labels {
            lines.append(scoreRow(label, result.scorer.byLabel[label]!))
        }
        lines.append(scoreRow("micro", result.scorer.micro))
        let core = Set(labels).intersection(Self.coreLabels)
        if core.count != labels.count && !core.isEmpty {
            lines.append(scoreRow("micro-4", result.scorer.micro(labels: core)) + "  (" + core.sorted().joined(separator: " ") + ")")
        }
        if let other = otherConvention, let date = other.scorer.byLabel["DATE"] {
            let otherCore = Set(other.scorer.byLabel.keys).intersection(Self.coreLabels)
            lines.append(scoreRow("DATE", date) + "  (--date-convention \(other.name))")
            lines.append(scoreRow(otherCore.count == labels.count ? "micro" : "micro-4",
                                  other.scorer.micro(labels: otherCore)) + "  (--date-convention \(other.name))")
        }
        lines.append("")
        lines.append(row("errors", "boundary", "label", "bnd+lbl", "missed", "spurious", ""))
        for label in labels {
            let s = result.scorer.byLabel[label]!
            lines.append(row(label, "\(s.boundaryErrors)", "\(s.labelErrors)", "\(s.boundaryAndLabelErrors)",
                             "\(s.missed)", "\(s.spurious)", ""))
        }
        for label in notProduced {
            lines.append("note: the pipeline does not produce \(label) yet; its \(result.scorer.byLabel[label]!.gold) gold spans count as missed")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ cells: String...) -> String {
        var line = cells[0].padding(toLength: 9, withPad: " ", startingAt: 0)
        for cell in cells.dropFirst() {
            line += String(repeating: " ", count: max(1, 9 - cell.count)) + cell
        }
        return line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    private func scoreRow(_ name: String, _ s: LabelScore) -> String {
        row(name, "\(s.gold)", "\(s.predicted)", "\(s.correct)",
            String(format: "%.3f", s.precision), String(format: "%.3f", s.recall), String(format: "%.3f", s.f1))
    }

    /// Up to `perKind` examples of each error kind, with 30 scalars of context each side;
    /// gold in ⟦…⟧, prediction in «…».
    func errorExamples(perKind: Int) -> String {
        let texts = Dictionary(documents.map { ($0.id, Array($0.text.unicodeScalars)) }, uniquingKeysWith: { a, _ in a })
        var lines: [String] = []
        for kind in [SpanError.Kind.boundary, .label, .boundaryAndLabel, .missed, .spurious] {
            let examples = result.scorer.errors.filter { $0.kind == kind }
            guard !examples.isEmpty else { continue }
            lines.append("")
            lines.append("== \(kind.rawValue) (\(examples.count)), first \(min(perKind, examples.count)):")
            for error in examples.prefix(perKind) {
                let scalars = texts[error.documentID] ?? []
                lines.append("\(error.documentID)  gold \(describe(error.gold))  pred \(describe(error.predicted))")
                lines.append("    " + context(scalars, gold: error.gold, predicted: error.predicted))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ span: GoldSpan?) -> String {
        guard let span else { return "-" }
        return "\(span.label)[\(span.start),\(span.end))"
    }

    private func context(_ scalars: [Unicode.Scalar], gold: GoldSpan?, predicted: GoldSpan?) -> String {
        let spans = [gold, predicted].compactMap { $0 }
        let low = max(0, (spans.map(\.start).min() ?? 0) - 30)
        let high = min(scalars.count, (spans.map(\.end).max() ?? 0) + 30)
        var out = String.UnicodeScalarView()
        for i in low...high {
            if let p = predicted, p.end == i { out.append("»") }
            if let g = gold, g.end == i { out.append("⟧") }
            if let g = gold, g.start == i { out.append("⟦") }
            if let p = predicted, p.start == i { out.append("«") }
            if i < high {
                let s = scalars[i]
                out.append(s == "\n" ? "⏎" : s)
            }
        }
        return String(out)
    }

    private struct JSONScore: Encodable {
        let gold, predicted, correct, boundary, label, boundaryAndLabel, missed, spurious: Int
        let precision, recall, f1: Double
        init(_ s: LabelScore) {
            gold = s.gold; predicted = s.predicted; correct = s.correct
            boundary = s.boundaryErrors; label = s.labelErrors; boundaryAndLabel = s.boundaryAndLabelErrors
            missed = s.missed; spurious = s.spurious
            precision = (s.precision * 10000).rounded() / 10000
            recall = (s.recall * 10000).rounded() / 10000
            f1 = (s.f1 * 10000).rounded() / 10000
        }
    }

    private struct JSONError: Encodable {
        let kind: String
        let document: String
        let gold: GoldSpan?
        let predicted: GoldSpan?
    }

    private struct JSONReport: Encodable {
        let documents: Int
        let split: String
        let labels: [String: JSONScore]
        let micro: JSONScore
        let micro4: JSONScore?
        let notProduced: [String]
        let errors: [JSONError]?
        let otherDateConvention: JSONOtherConvention?
    }

    private struct JSONOtherConvention: Encodable {
        let convention: String
        let date: JSONScore?
        let micro4: JSONScore
    }

    func json(errorsPerKind: Int) -> String {
        let core = Set(labels).intersection(Self.coreLabels)
        var examples: [JSONError]?
        if errorsPerKind > 0 {
            var list: [JSONError] = []
            var counts: [SpanError.Kind: Int] = [:]
            for e in result.scorer.errors where counts[e.kind, default: 0] < errorsPerKind {
                counts[e.kind, default: 0] += 1
                list.append(JSONError(kind: e.kind.rawValue, document: e.documentID, gold: e.gold, predicted: e.predicted))
            }
            examples = list
        }
        let report = JSONReport(
            documents: documents.count, split: split,
            labels: result.scorer.byLabel.mapValues(JSONScore.init),
            micro: JSONScore(result.scorer.micro),
            micro4: core.isEmpty ? nil : JSONScore(result.scorer.micro(labels: core)),
            notProduced: notProduced, errors: examples,
            otherDateConvention: otherConvention.map { other in
                JSONOtherConvention(
                    convention: other.name, date: other.scorer.byLabel["DATE"].map(JSONScore.init),
                    micro4: JSONScore(other.scorer.micro(labels: Set(other.scorer.byLabel.keys).intersection(Self.coreLabels))))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Writes predictions as gold-format JSONL (keys sorted, one document a line).
    static func writePredictions(_ predictions: [GoldDocument], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for document in predictions {
            data.append(try encoder.encode(document))
            data.append(UInt8(ascii: "\n"))
        }
        do {
            try AtomicFile.write(data, to: path)
        } catch let error as FileWriteError {
            throw CommandError(description: "cannot write predictions to \(path): \(error.reason)")
        }
    }
}
