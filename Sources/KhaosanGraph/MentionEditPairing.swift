/// Pairs the mentions an article lost with those it gained into edits a reviewer reads as
/// one change: spans that overlap (directly or through a chain of overlaps) form one edit,
/// so a boundary change is "ถนนสาย นม.4040 → ถนนสาย | นม." and not an unrelated loss and
/// two gains. A lone old span is `removed`, a lone new one `added`, one old and one new with
/// the same offsets `relabelled`, anything else `boundary`.
enum MentionEditPairing {
    typealias Span = GraphDiffReport.Span

    static func edits(before: [Span], after: [Span]) -> [GraphDiffReport.MentionEdit] {
        // Sweep all spans by start; a span starting before the group's end joins the group.
        let all = before.map { (span: $0, old: true) } + after.map { (span: $0, old: false) }
        let sorted = all.sorted { ($0.span.start, $0.span.end, $0.old ? 0 : 1, $0.span.label) < ($1.span.start, $1.span.end, $1.old ? 0 : 1, $1.span.label) }
        var edits: [GraphDiffReport.MentionEdit] = []
        var group: [(span: Span, old: Bool)] = []
        var groupEnd = Int.min
        func close() {
            guard !group.isEmpty else { return }
            let old = group.filter(\.old).map(\.span), new = group.filter { !$0.old }.map(\.span)
            let kind: String
            if new.isEmpty { kind = "removed" } else if old.isEmpty { kind = "added" } else if old.count == 1 && new.count == 1
                && old[0].start == new[0].start && old[0].end == new[0].end { kind = "relabelled" } else { kind = "boundary" }
            edits.append(.init(kind: kind, before: old, after: new, context: nil))
            group = []
        }
        for item in sorted {
            if !group.isEmpty && item.span.start >= groupEnd { close() }
            if group.isEmpty { groupEnd = item.span.end } else { groupEnd = max(groupEnd, item.span.end) }
            group.append(item)
        }
        close()
        return splitOneSided(edits)
    }

    /// Nested mentions of one side only (an ORG holding a PLACE, both added) are separate edits.
    private static func splitOneSided(_ edits: [GraphDiffReport.MentionEdit]) -> [GraphDiffReport.MentionEdit] {
        edits.flatMap { edit -> [GraphDiffReport.MentionEdit] in
            if edit.before.isEmpty && edit.after.count > 1 { return edit.after.map { .init(kind: "added", before: [], after: [$0]) } }
            if edit.after.isEmpty && edit.before.count > 1 { return edit.before.map { .init(kind: "removed", before: [$0], after: []) } }
            return [edit]
        }
    }
}
