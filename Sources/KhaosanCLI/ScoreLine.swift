import Foundation
import Khaosan

/// Formats span scores for the terminal.
enum ScoreLine {
    static func format(_ scorer: SpanScorer) -> String {
        let m = scorer.micro
        return String(format: "micro P %.4f R %.4f F1 %.4f", m.precision, m.recall, m.f1)
    }

    static func table(_ scorer: SpanScorer, labels: [String]) -> String {
        var lines = ["label    gold  pred  correct  P       R       F1"]
        func row(_ name: String, _ s: LabelScore) -> String {
            name.padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(format: " %5d %5d %8d  %.4f  %.4f  %.4f", s.gold, s.predicted, s.correct, s.precision, s.recall, s.f1)
        }
        for label in labels { lines.append(row(label, scorer.byLabel[label] ?? LabelScore())) }
        lines.append(row("micro", scorer.micro))
        return lines.joined(separator: "\n")
    }
}
