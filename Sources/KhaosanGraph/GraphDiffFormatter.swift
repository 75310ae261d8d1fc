import Foundation

/// Renders a `GraphDiffReport` for a terminal (`text`), a pull-request comment
/// (`markdown`) or machines (`json`). Text and markdown show at most `limit`
/// items per section and say how many more there are; json has everything.
public struct GraphDiffFormatter: Sendable {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, json }

    public var format: Format
    public var limit: Int

    public init(format: Format, limit: Int = 50) {
        self.format = format
        self.limit = max(0, limit)
    }

    public func render(_ report: GraphDiffReport) -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
        case .text, .markdown:
            return sections(report).joined(separator: "\n") + "\n"
        }
    }

    private var markdown: Bool { format == .markdown }

    private func entity(_ e: GraphDiffReport.EntityRef) -> String {
        markdown ? "\(e.label) **\(e.name)** `\(e.id)`" : "\(e.label) \(e.name) <\(e.id)>"
    }

    private func summary(_ r: GraphDiffReport) -> String {
        if r.isEmpty { return "no differences" }
        let merges = r.moves.filter { $0.kind == "merge" }.count, splits = r.moves.filter { $0.kind == "split" }.count
        return "entities +\(r.addedEntities.count) -\(r.removedEntities.count), merges \(merges), splits \(splits), "
            + "property changes \(r.propertyChanges.count), mentions +\(r.mentionsGained.count) -\(r.mentionsLost.count), "
            + "documents +\(r.addedDocuments.count) -\(r.removedDocuments.count)"
    }

    private func section(_ title: String, _ lines: [String]) -> [String] {
        guard !lines.isEmpty else { return [] }
        var out = [markdown ? "\n#### \(title) (\(lines.count))\n" : "\(title) (\(lines.count)):"]
        out += lines.prefix(limit).map { markdown ? "- \($0)" : "  \($0)" }
        if lines.count > limit { out.append(markdown ? "- … \(lines.count - limit) more" : "  … \(lines.count - limit) more") }
        return out
    }

    private func snippet(_ m: GraphDiffReport.MentionChange) -> String {
        let quote = markdown ? "“\(m.text)”" : "\"\(m.text)\""
        return "\(m.label) \(quote) \(m.document)#char=\(m.start),\(m.end) → \(m.entity)"
    }

    private func sections(_ r: GraphDiffReport) -> [String] {
        var out = [markdown ? "### khaosan graph diff\n\n\(summary(r))" : "graph diff: \(summary(r))"]
        if !r.versionChange.isEmpty { out.append("version: \(r.versionChange.joined(separator: " → "))") }
        let counts = r.mentionCountsByLabel
        if !counts.isEmpty {
            if markdown {
                out.append("\n| label | mentions gained | mentions lost |\n|---|---:|---:|")
                for label in counts.keys.sorted() { out.append("| \(label) | \(counts[label]!.gained) | \(counts[label]!.lost) |") }
            } else {
                out.append("mentions by label: " + counts.keys.sorted().map { "\($0) +\(counts[$0]!.gained) -\(counts[$0]!.lost)" }
                    .joined(separator: ", "))
            }
        }
        out += section("Entities added", r.addedEntities.map { "+ " + entity($0) })
        out += section("Entities removed", r.removedEntities.map { "- " + entity($0) })
        for kind in ["merge", "split", "reidentified"] {
            let moves = r.moves.filter { $0.kind == kind }
            let title = kind == "merge" ? "Merges" : kind == "split" ? "Splits" : "Re-identified"
            out += section(title, moves.map { move in
                "\(move.from.map(entity).joined(separator: " + ")) → \(move.to.map(entity).joined(separator: " + ")) "
                    + "(\(move.mentions) mention\(move.mentions == 1 ? "" : "s") moved)"
            })
        }
        out += section("Changed properties and relations", r.propertyChanges.map { c in
            let parts = c.added.map { "+\($0)" } + c.removed.map { "-\($0)" }
            return "\(entity(c.entity)) \(c.property): \(parts.joined(separator: "; "))"
        })
        out += section("Mentions gained", r.mentionsGained.map { "+ " + snippet($0) })
        out += section("Mentions lost", r.mentionsLost.map { "- " + snippet($0) })
        out += section("Documents added", r.addedDocuments)
        out += section("Documents removed", r.removedDocuments)
        return out
    }
}
