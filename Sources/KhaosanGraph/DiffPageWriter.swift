/// Writes the text or markdown page of a `GraphDiffReport` (`GraphDiffFormatter`): summary,
/// mentions by label, entities (added and removed with their mentions, merges, splits,
/// re-identified with the moved mentions and their articles, property changes), then the
/// articles with each edit and its sentence, mentions highlighted (markdown: **bold** with
/// the label in `<sub>`; text: `[mention]LABEL`). Sections of more than `foldAfter` items
/// fold into `<details>` in markdown.
struct DiffPageWriter {
    typealias R = GraphDiffReport
    let report: R
    let markdown: Bool
    let limit: Int
    var page: DiffPage
    /// Sections with more items than this are folded (markdown).
    let foldAfter = 8

    mutating func write(stat: Bool) {
        let summary = GraphDiffFormatter.summary(report)
        page.force(markdown ? "### khaosan graph diff\n\n\(summary)" : "graph diff: \(summary)")
        if report.isEmpty { return }
        if !report.versionChange.isEmpty { page.force("version: \(report.versionChange.joined(separator: " → "))") }
        labelTable()
        if stat {
            section("Articles", report.articles.map(statLine))
        } else {
            entities()
            section("Articles", report.articlesForReview.map(article))
        }
        section("Documents added", report.addedDocuments.map { [bullet(code($0))] })
        section("Documents removed", report.removedDocuments.map { [bullet(code($0))] })
        leftOutNote()
    }

    // MARK: sections

    private mutating func labelTable() {
        let counts = report.mentionCountsByLabel
        guard !counts.isEmpty else { return }
        if markdown {
            page.force("\n| label | mentions gained | mentions lost |\n|---|---:|---:|")
            for label in counts.keys.sorted() { page.force("| \(label) | \(counts[label]!.gained) | \(counts[label]!.lost) |") }
        } else {
            page.force("mentions by label: " + counts.keys.sorted().map { "\($0) +\(counts[$0]!.gained) -\(counts[$0]!.lost)" }
                .joined(separator: ", "))
        }
    }

    private mutating func entities() {
        let byEntity = mentionsByEntity()
        section("Entities added", report.addedEntities.map { entityItem($0, sign: "added", byEntity[$0.id] ?? []) })
        section("Entities removed", report.removedEntities.map { entityItem($0, sign: "removed", byEntity[$0.id] ?? []) })
        for (kind, title) in [("merge", "Merges"), ("split", "Splits"), ("reidentified", "Re-identified")] {
            section(title, report.moves(kind).map(move))
        }
        section("Changed properties and relations", report.propertyChanges.map { c in
            let parts = c.added.map { "+" + quote($0) } + c.removed.map { "-" + quote($0) }
            return [bullet("\(entity(c.entity)) \(markdown ? "`\(c.property)`" : c.property): \(parts.joined(separator: "; "))")]
        })
    }

    /// Writes a titled section of items (each one or more lines), folded when long, within
    /// `limit` items and the page's size.
    private mutating func section(_ title: String, _ items: [[String]]) {
        guard !items.isEmpty else { return }
        let fold = markdown && items.count > foldAfter
        if markdown {
            page.force("\n#### \(title) (\(items.count))\n")
            if fold { page.force("<details><summary>\(items.count) \(title.lowercased())</summary>\n") }
        } else {
            page.force("\(title) (\(items.count)):")
        }
        for item in items.prefix(limit) { page.appendItem(item, section: title) }
        page.skip(max(0, items.count - limit), of: title)
        if fold { page.force("\n</details>") }
    }

    private mutating func leftOutNote() {
        guard !page.leftOut.isEmpty else { return }
        let parts = page.leftOut.map { "\($0.items) \($0.section.lowercased())" }.joined(separator: ", ")
        let why = page.maxBytes > 0 ? "(at most \(limit) items per section, \(page.maxBytes) bytes)" : "(at most \(limit) items per section)"
        page.force(markdown ? "\n**Left out** \(why): \(parts). `khaosan diff --format json` or `--format html` has everything."
                            : "left out \(why): \(parts); --format json or --format html has everything")
    }

    // MARK: items

    private func entityItem(_ e: R.EntityRef, sign: String, _ mentions: [(String, R.Span)]) -> [String] {
        var line = "\(sign) \(entity(e))"
        if !mentions.isEmpty {
            let shown = mentions.prefix(5).map { "\(code($0.0)) \(quote($0.1.text))" }.joined(separator: ", ")
            line += " — \(mentions.count) mention\(mentions.count == 1 ? "" : "s"): \(shown)\(mentions.count > 5 ? ", …" : "")"
        }
        return [bullet(line)]
    }

    private func move(_ m: R.Move) -> [String] {
        let from = m.from.map(entity).joined(separator: " + "), to = m.to.map(entity).joined(separator: " + ")
        var lines = [bullet("\(from) → \(to) (\(m.mentions) mention\(m.mentions == 1 ? "" : "s") moved)")]
        let names = Dictionary((m.from + m.to).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for x in m.examples {
            let fromName = names[x.from] ?? x.from, toName = names[x.to] ?? x.to
            lines.append(subBullet("\(code(x.document)) \(quote(x.text)) (\(x.start)–\(x.end)): \(escape(fromName)) → \(escape(toName))"))
        }
        if m.mentions > m.examples.count { lines.append(subBullet("… \(m.mentions - m.examples.count) more")) }
        return lines
    }

    private func article(_ a: R.ArticleChange) -> [String] {
        let fold = markdown && a.edits.count > 3
        var lines: [String] = []
        let head = "\(code(a.document)): \(counts(a))"
        if fold { lines += ["<details><summary>\(escape(a.document)): \(counts(a))</summary>", ""] } else {
            lines.append(markdown ? "- **\(escape(a.document))**: \(counts(a))" : "  \(head)")
        }
        for edit in a.edits { lines += self.edit(edit, indent: !fold) }
        if fold { lines += ["", "</details>", ""] }
        return lines
    }

    private func edit(_ e: R.MentionEdit, indent: Bool) -> [String] {
        let pad = markdown ? (indent ? "  " : "") : "    "
        func spans(_ s: [R.Span]) -> String { s.map { "\(quote($0.text)) \($0.label)" }.joined(separator: " | ") }
        var head: String
        switch e.kind {
        case "added":
            head = "added \(spans(e.after))"
            if e.after[0].entity.name != e.after[0].text { head += " → \(entityName(e.after[0].entity))" }
        case "removed":
            head = "removed \(spans(e.before))"
            if e.before[0].entity.name != e.before[0].text { head += " (was \(entityName(e.before[0].entity)))" }
        default: head = "\(e.kind) \(spans(e.before)) → \(spans(e.after))"
        }
        head += " @\(e.start)"
        var lines = [pad + (markdown ? "- " : "") + head]
        if let context = e.context {
            if !e.before.isEmpty && !e.after.isEmpty {
                lines.append(pad + (markdown ? "  - before: " : "  before: ") + highlighted(context, e.before))
                lines.append(pad + (markdown ? "  - after: " : "  after:  ") + highlighted(context, e.after))
            } else {
                lines.append(pad + (markdown ? "  > " : "  | ") + highlighted(context, e.before + e.after))
            }
        }
        return lines
    }

    private func statLine(_ a: R.ArticleChange) -> [String] {
        [markdown ? "- \(code(a.document)) \(counts(a))" : "  \(a.document) | \(counts(a))"]
    }

    // MARK: pieces

    private func counts(_ a: R.ArticleChange) -> String {
        var kinds: [String: Int] = [:]
        for e in a.edits { kinds[e.kind, default: 0] += 1 }
        let parts = ["added", "removed", "boundary", "relabelled"].compactMap { k in kinds[k].map { "\($0) \(k)" } }
        return "\(a.edits.count) edit\(a.edits.count == 1 ? "" : "s") (\(parts.joined(separator: ", ")))"
    }

    private func mentionsByEntity() -> [String: [(String, R.Span)]] {
        var result: [String: [(String, R.Span)]] = [:]
        for a in report.articles {
            for e in a.edits { for s in e.before + e.after { result[s.entity.id, default: []].append((a.document, s)) } }
        }
        return result
    }

    private func highlighted(_ context: R.Context, _ spans: [R.Span]) -> String {
        (context.cutBefore ? "…" : "") + ContextHighlight.pieces(context, spans).map { piece in
            guard let span = piece.span else { return escape(piece.text) }
            return markdown ? "**\(escape(piece.text))**<sub>\(span.label)</sub>" : "[\(piece.text)]\(span.label)"
        }.joined() + (context.cutAfter ? "…" : "")
    }

    private func entity(_ e: R.EntityRef) -> String {
        markdown ? "\(e.label) **\(escape(e.name))** `\(e.id)`" : "\(e.label) \(e.name) <\(e.id)>"
    }

    private func entityName(_ e: R.EntityRef) -> String { markdown ? "**\(escape(e.name))**" : e.name }

    private func bullet(_ s: String) -> String { markdown ? "- " + s : "  " + s }
    private func subBullet(_ s: String) -> String { markdown ? "  - " + s : "      " + s }
    private func code(_ s: String) -> String { markdown ? "`\(s.replacingOccurrences(of: "`", with: "'"))`" : s }
    private func quote(_ s: String) -> String { markdown ? "“\(escape(s))”" : "\"\(s)\"" }

    /// Markdown-escapes `s` (it is article text, not markup); text pages show it as is.
    private func escape(_ s: String) -> String {
        guard markdown else { return s }
        var out = ""
        for c in s {
            switch c {
            case "\\", "*", "_", "`", "[", "]", "|", "#", "~": out += "\\\(c)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
