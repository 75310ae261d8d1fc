/// Chooses among overlapping mentions so that the output has no two mentions
/// whose ranges overlap (ThaiNER spans are flat).
///
/// Rule: higher confidence wins, then the longer span, then the earlier
/// extractor (lower index in the input). Deterministic.
public enum MentionOverlapResolver {
    public static func resolve(_ mentions: [Mention]) -> [Mention] {
        let ranked = mentions.enumerated().sorted { a, b in
            if a.element.confidence != b.element.confidence { return a.element.confidence > b.element.confidence }
            if a.element.range.count != b.element.range.count { return a.element.range.count > b.element.range.count }
            return a.offset < b.offset
        }
        var kept: [Mention] = []
        for candidate in ranked.map(\.element) where !candidate.range.isEmpty {
            if !kept.contains(where: { $0.range.overlaps(candidate.range) }) {
                kept.append(candidate)
            }
        }
        return kept.sorted { $0.range != $1.range ? $0.range < $1.range : $0.label < $1.label }
    }
}
