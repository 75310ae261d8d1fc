import Foundation
import Khaosan

/// Formats a `GraphEvaluation` for `khaosan eval-graph`: text tables or JSON (sorted keys,
/// ratios rounded to 4 decimals).
struct EvalGraphReport {
    let evaluation: GraphEvaluation

    func text() -> String {
        var lines: [String] = ["documents: \(evaluation.documents)", ""]
        lines.append(row("label", "occur", "covered", "nested", "coverage", "B3 P", "B3 R", "B3 F1", "entities", "nodes/ent", "one node"))
        for s in evaluation.labels {
            lines.append(row(s.label, "\(s.occurrences)", "\(s.covered)", "\(s.nested)", f(s.coverage),
                             f(s.bcubed.precision), f(s.bcubed.recall), f(s.bcubed.f1), "\(s.entities)",
                             String(format: "%.2f", s.nodesPerEntity), f(s.shareOnOneNode)))
        }
        if let relations = evaluation.relations {
            lines.append("")
            lines.append("relations: \(relations.documents) gold articles"
                         + (relations.missingDocuments.isEmpty ? "" : ", not in the extraction: " + relations.missingDocuments.joined(separator: " ")))
            lines.append(row("predicate", "gold", "system", "strict P", "strict R", "lenient P", "lenient R"))
            for p in relations.predicates {
                lines.append(row(p.predicate, "\(p.gold)", "\(p.system)", f(p.strict.precision), f(p.strict.recall),
                                 f(p.lenient.precision), f(p.lenient.recall)))
            }
        }
        for (title, errors) in [("splits (registry entity → nodes)", evaluation.splits), ("mixes (node → registry entities)", evaluation.mixes)]
        where !errors.isEmpty {
            lines.append("")
            lines.append("== worst \(title)")
            for error in errors {
                lines.append("\(error.label) \(error.name)  \(error.id)  \(error.occurrences) occurrences on \(error.partCount), "
                             + "\(error.outsideLargestPart) outside the largest")
                for part in error.parts {
                    lines.append("    \(part.occurrences)  \(part.name)  \(part.id)")
                    for example in part.examples { lines.append("        \(example.document): \(example.context)") }
                }
                if error.partCount > error.parts.count { lines.append("    … \(error.partCount - error.parts.count) more") }
            }
        }
        if !evaluation.misses.isEmpty {
            lines.append("")
            lines.append("== most missed variants (no mention of the label spans them)")
            for miss in evaluation.misses {
                lines.append("\(miss.occurrences)  \(miss.label) \(miss.text)  \(miss.id) \(miss.name)")
                for example in miss.examples { lines.append("        \(example.document): \(example.context)") }
            }
        }
        if let relations = evaluation.relations {
            for (title, facts) in [("spurious relation facts (no strictly equal gold fact)", relations.spurious),
                                   ("missed relation facts (no strictly equal system fact)", relations.missed)] where !facts.isEmpty {
                lines.append("")
                lines.append("== \(title), first \(facts.count)")
                for fact in facts { lines.append("\(fact.document)  \(fact.subject) —\(fact.predicate)→ \(fact.object)") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(Self.rounded(evaluation))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// `evaluation` with every ratio rounded to 4 decimals (stable, readable JSON).
    static func rounded(_ evaluation: GraphEvaluation) -> GraphEvaluation {
        func r(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
        var e = evaluation
        e.labels = e.labels.map { s in
            var s = s
            s.coverage = r(s.coverage)
            s.bcubed = BCubedScore(precision: r(s.bcubed.precision), recall: r(s.bcubed.recall), items: s.bcubed.items)
            s.bcubed.f1 = r(s.bcubed.f1)
            s.nodesPerEntity = r(s.nodesPerEntity)
            s.shareOnOneNode = r(s.shareOnOneNode)
            return s
        }
        if var relations = e.relations {
            relations.predicates = relations.predicates.map { p in
            var p = p
            for keyPath in [\RelationPredicateScore.strict, \RelationPredicateScore.lenient] {
                p[keyPath: keyPath].precision = r(p[keyPath: keyPath].precision)
                p[keyPath: keyPath].recall = r(p[keyPath: keyPath].recall)
            }
            return p
            }
            e.relations = relations
        }
        return e
    }

    private func f(_ x: Double) -> String { String(format: "%.3f", x) }

    private func row(_ cells: String...) -> String {
        var line = cells[0].padding(toLength: 9, withPad: " ", startingAt: 0)
        for cell in cells.dropFirst() { line += String(repeating: " ", count: max(1, 10 - cell.count)) + cell }
        return line
    }
}
