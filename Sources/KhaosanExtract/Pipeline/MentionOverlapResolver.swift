import KhaosanCore

/// Chooses among overlapping mentions so that the output has no two mentions
/// whose ranges overlap (ThaiNER spans are flat).
///
/// Rule: higher confidence wins, then the longer span, then the earlier
/// extractor (lower index in the input). Deterministic.
public enum MentionOverlapResolver {
    public static func resolve(_ mentions: [Mention]) -> [Mention] {
        // Indices are sorted, not mentions: moving whole mentions retained and released
        // every string in them at each swap.
        let ranked = mentions.indices.sorted { a, b in
            let (ca, cb) = (mentions[a].confidence, mentions[b].confidence)
            if ca != cb { return ca > cb }
            let (la, lb) = (mentions[a].range.count, mentions[b].range.count)
            if la != lb { return la > lb }
            return a < b
        }
        var kept: [Int] = []
        let keptRanges = SpanOverlapIndex()
        for candidate in ranked where !mentions[candidate].range.isEmpty {
            let range = mentions[candidate].range
            if !keptRanges.overlapsAny(range) {
                kept.append(candidate)
                keptRanges.insert(range)
            }
        }
        // Kept ranges never overlap, so no two are equal and the order is total.
        kept.sort { a, b in
            mentions[a].range != mentions[b].range ? mentions[a].range < mentions[b].range : mentions[a].label < mentions[b].label
        }
        return kept.map { mentions[$0] }
    }
}
