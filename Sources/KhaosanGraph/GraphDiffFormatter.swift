import Foundation

/// Renders a `GraphDiffReport` for a terminal (`text`), a pull-request comment
/// (`markdown`), machines (`json`, everything) or a browser (`html`, `GraphDiffHTML`).
/// Text and markdown are grouped by entity (added, removed, merged, split, changed) and by
/// article (each edit with its sentence, the mentions highlighted before and after); they
/// show at most `limit` items per section, fold long sections in `<details>` (markdown),
/// stay under `maxBytes` and end by saying what they left out. `stat` gives the summary only.
public struct GraphDiffFormatter: Sendable {
    public enum Format: String, CaseIterable, Sendable { case text, markdown, json, html }

    public var format: Format
    public var limit: Int
    /// Size limit of a text or markdown page in UTF-8 bytes (0: none).
    public var maxBytes: Int
    /// Only the summary: counts, labels and the edits per article (like `git diff --stat`).
    public var stat: Bool

    public init(format: Format, limit: Int = 50, maxBytes: Int = 0, stat: Bool = false) {
        self.format = format
        self.limit = max(0, limit)
        self.maxBytes = max(0, maxBytes)
        self.stat = stat
    }

    public func render(_ report: GraphDiffReport) -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self) + "\n"
        case .html:
            return GraphDiffHTML(report: report).document()
        case .text, .markdown:
            var writer = DiffPageWriter(report: report, markdown: format == .markdown, limit: limit,
                                        page: DiffPage(maxBytes: maxBytes))
            writer.write(stat: stat)
            return writer.page.text
        }
    }

    /// The one-line summary of `report` ("no differences" when empty).
    public static func summary(_ r: GraphDiffReport) -> String {
        if r.isEmpty { return "no differences" }
        let edits = r.articles.flatMap(\.edits)
        let boundary = edits.filter { $0.kind == "boundary" }.count, relabelled = edits.filter { $0.kind == "relabelled" }.count
        return "entities +\(r.addedEntities.count) -\(r.removedEntities.count), merges \(r.moves("merge").count), "
            + "splits \(r.moves("split").count), re-identified \(r.moves("reidentified").count), "
            + "property changes \(r.propertyChanges.count), IRIs renamed \(r.renamedIRIs.count), "
            + "mentions +\(r.mentionsGained.count) -\(r.mentionsLost.count) "
            + "(\(boundary) boundary, \(relabelled) relabelled) in \(r.articles.count) article\(r.articles.count == 1 ? "" : "s"), "
            + "documents +\(r.addedDocuments.count) -\(r.removedDocuments.count)"
    }
}
