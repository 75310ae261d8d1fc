/// The HTML report of a graph diff (`khaosan diff --format html`): one self-contained file
/// (inline CSS, no script, no font or image fetched) in Thai (`lang="th"`, a Thai-capable
/// font stack): a summary table, the changed articles with each edit's sentence before and
/// after, mentions highlighted by label (`<mark class="m ORG" data-doc data-start data-end>`,
/// offsets in Unicode scalars of the source), one page per merge and split naming the
/// moved mentions and their articles, and the entities added, removed and changed.
struct GraphDiffHTML {
    typealias R = GraphDiffReport
    let report: R

    func document() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>khaosan graph diff</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <h1>khaosan graph diff</h1>
        <p class="summary">\(escape(GraphDiffFormatter.summary(report)))</p>

        """
        out += summaryTable() + legend()
        out += section("Articles", "articles", report.articlesForReview.map(article))
        out += section("Merges", "merges", report.moves("merge").enumerated().map { movePage($1, anchor: "merge-\($0 + 1)") })
        out += section("Splits", "splits", report.moves("split").enumerated().map { movePage($1, anchor: "split-\($0 + 1)") })
        out += section("Re-identified", "reidentified",
                       report.moves("reidentified").enumerated().map { movePage($1, anchor: "reidentified-\($0 + 1)") })
        out += section("Entities added", "entities-added", report.addedEntities.map { "<li>\(entity($0))</li>" }, list: true)
        out += section("Entities removed", "entities-removed", report.removedEntities.map { "<li>\(entity($0))</li>" }, list: true)
        out += propertyTable()
        out += section("Documents added", "documents-added", report.addedDocuments.map { "<li><code>\(escape($0))</code></li>" }, list: true)
        out += section("Documents removed", "documents-removed", report.removedDocuments.map { "<li><code>\(escape($0))</code></li>" }, list: true)
        return out + "</body>\n</html>\n"
    }

    private func summaryTable() -> String {
        let edits = report.articles.flatMap(\.edits)
        func n(_ kind: String) -> Int { edits.filter { $0.kind == kind }.count }
        let rows: [(String, Int, String?)] = [
            ("articles changed", report.articles.count, "articles"), ("mentions gained", report.mentionsGained.count, nil),
            ("mentions lost", report.mentionsLost.count, nil), ("boundary changes", n("boundary"), nil),
            ("relabelled", n("relabelled"), nil), ("entities added", report.addedEntities.count, "entities-added"),
            ("entities removed", report.removedEntities.count, "entities-removed"),
            ("merges", report.moves("merge").count, "merges"), ("splits", report.moves("split").count, "splits"),
            ("re-identified", report.moves("reidentified").count, "reidentified"),
            ("property changes", report.propertyChanges.count, "properties"),
            ("documents added", report.addedDocuments.count, "documents-added"),
            ("documents removed", report.removedDocuments.count, "documents-removed"),
        ]
        var out = "<table class=\"counts\"><caption>Summary</caption><tbody>\n"
        for (name, count, anchor) in rows {
            let title = anchor.map { count > 0 ? "<a href=\"#\($0)\">\(name)</a>" : name } ?? name
            out += "<tr><th>\(title)</th><td>\(count)</td></tr>\n"
        }
        out += "</tbody></table>\n"
        let byLabel = report.mentionCountsByLabel
        if !byLabel.isEmpty {
            out += "<table class=\"counts\"><caption>Mentions by label</caption><thead><tr><th>label</th><th>gained</th><th>lost</th></tr></thead><tbody>\n"
            for label in byLabel.keys.sorted() {
                out += "<tr><th><span class=\"tag \(label)\">\(label)</span></th><td>\(byLabel[label]!.gained)</td><td>\(byLabel[label]!.lost)</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        if !report.versionChange.isEmpty { out += "<p>version: \(escape(report.versionChange.joined(separator: " → ")))</p>\n" }
        return out
    }

    private func legend() -> String {
        "<p class=\"legend\">" + ["PERSON", "ORG", "PLACE", "DATE", "EVENT"].map { "<span class=\"tag \($0)\">\($0)</span>" }
            .joined(separator: " ") + " — <span class=\"before-key\">before</span> / <span class=\"after-key\">after</span></p>\n"
    }

    private func section(_ title: String, _ id: String, _ items: [String], list: Bool = false) -> String {
        guard !items.isEmpty else { return "" }
        let body = list ? "<ul>\n" + items.joined(separator: "\n") + "\n</ul>" : items.joined(separator: "\n")
        return "<section id=\"\(id)\">\n<h2>\(title) (\(items.count))</h2>\n\(body)\n</section>\n"
    }

    private func article(_ a: R.ArticleChange) -> String {
        var out = "<article class=\"doc\" id=\"\(anchor("doc", a.document))\">\n<h3><code>\(escape(a.document))</code> "
            + "<small>\(a.edits.count) edit\(a.edits.count == 1 ? "" : "s")</small></h3>\n"
        for edit in a.edits {
            out += "<div class=\"edit \(edit.kind)\"><div class=\"kind\">\(edit.kind)</div>\n"
            if !edit.before.isEmpty { out += "<div class=\"before\">\(line(edit.context, edit.before, document: a.document, side: "before"))</div>\n" }
            if !edit.after.isEmpty { out += "<div class=\"after\">\(line(edit.context, edit.after, document: a.document, side: "after"))</div>\n" }
            out += "</div>\n"
        }
        return out + "</article>"
    }

    /// The sentence with `spans` highlighted, or the spans alone when the sentence is unknown.
    private func line(_ context: R.Context?, _ spans: [R.Span], document: String, side: String) -> String {
        let entities = spans.map { "<span class=\"entity\">→ \(entity($0.entity))</span>" }.joined(separator: " ")
        guard let context else { return spans.map { mark($0, document: document, side: side) }.joined(separator: " | ") + " " + entities }
        let sentence = ContextHighlight.pieces(context, spans).map { piece in
            piece.span.map { mark($0, document: document, side: side) } ?? escape(piece.text)
        }.joined()
        return "<span class=\"sentence\">\(context.cutBefore ? "…" : "")\(sentence)\(context.cutAfter ? "…" : "")</span> \(entities)"
    }

    private func mark(_ s: R.Span, document: String, side: String) -> String {
        "<mark class=\"m \(s.label) \(side)\" data-doc=\"\(escape(document))\" data-start=\"\(s.start)\" data-end=\"\(s.end)\" "
            + "data-label=\"\(s.label)\" title=\"\(s.label) → \(escape(s.entity.name))\">\(escape(s.text))</mark>"
    }

    private func movePage(_ m: R.Move, anchor: String) -> String {
        var out = "<article class=\"entity-page\" id=\"\(anchor)\">\n<h3>\(m.kind): \(m.mentions) mention\(m.mentions == 1 ? "" : "s") moved</h3>\n"
        out += "<div class=\"from\"><b>before</b><ul>" + m.from.map { "<li>\(entity($0))</li>" }.joined() + "</ul></div>\n"
        out += "<div class=\"to\"><b>after</b><ul>" + m.to.map { "<li>\(entity($0))</li>" }.joined() + "</ul></div>\n"
        let names = Dictionary((m.from + m.to).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if !m.examples.isEmpty {
            out += "<table class=\"moved\"><thead><tr><th>article</th><th>mention</th><th>characters</th><th>before</th><th>after</th></tr></thead><tbody>\n"
            for x in m.examples {
                out += "<tr><td><code>\(escape(x.document))</code></td><td>\(escape(x.text))</td><td>\(x.start)–\(x.end)</td>"
                    + "<td>\(escape(names[x.from] ?? x.from))</td><td>\(escape(names[x.to] ?? x.to))</td></tr>\n"
            }
            out += "</tbody></table>\n"
            if m.mentions > m.examples.count { out += "<p>… and \(m.mentions - m.examples.count) more</p>\n" }
        }
        return out + "</article>"
    }

    private func propertyTable() -> String {
        guard !report.propertyChanges.isEmpty else { return "" }
        var out = "<section id=\"properties\">\n<h2>Changed properties and relations (\(report.propertyChanges.count))</h2>\n"
        out += "<table class=\"properties\"><thead><tr><th>entity</th><th>property</th><th>added</th><th>removed</th></tr></thead><tbody>\n"
        for c in report.propertyChanges {
            out += "<tr><td>\(entity(c.entity))</td><td><code>\(escape(c.property))</code></td>"
                + "<td class=\"added\">\(c.added.map(escape).joined(separator: "<br>"))</td>"
                + "<td class=\"removed\">\(c.removed.map(escape).joined(separator: "<br>"))</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    private func entity(_ e: R.EntityRef) -> String {
        "<span class=\"tag \(e.label)\">\(e.label)</span> <b>\(escape(e.name))</b> <code class=\"iri\">\(escape(e.id))</code>"
    }

    private func anchor(_ prefix: String, _ s: String) -> String {
        prefix + "-" + s.unicodeScalars.map { ("a"..."z").contains(String($0)) || ("0"..."9").contains(String($0)) || $0 == "-"
            ? String($0) : "_\(String($0.value, radix: 16))" }.joined()
    }

    private func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
