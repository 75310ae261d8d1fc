import KhaosanCore

/// Per-unit codes for the mentions earlier extractors found, used as tagger
/// features: 0 = none, else `1 + labelIndex * 4 + position` (0 begin, 1 inside,
/// 2 last, 3 single unit), where labelIndex is the label's index in `MentionLabel.allCases`.
public enum TaggerHints {
    /// Codes for `units` of `document` (normalised offsets) from `mentions` (source offsets).
    public static func codes(units: [TaggerUnit], document: Document, mentions: [Mention]) -> [UInt16] {
        var codes = [UInt16](repeating: 0, count: units.count)
        guard !mentions.isEmpty else { return codes }
        let sourceRanges = units.map { document.offsetMap.sourceRange($0.range) }
        // Units come in text order, so their source starts normally never decrease; then the
        // units inside a mention lie in the window of units starting within it, found by binary
        // search (a scan of every unit per mention was ~5% of extract on long articles).
        let sorted = zip(sourceRanges, sourceRanges.dropFirst()).allSatisfy { $0.start <= $1.start }
        for mention in mentions {
            var window = sourceRanges.indices
            if sorted {
                let low = Self.firstIndex(in: sourceRanges, startingAtOrAfter: mention.range.start)
                let high = Self.firstIndex(in: sourceRanges, startingAtOrAfter: mention.range.end)
                window = low..<max(low, high)
            }
            let inside = window.filter { mention.range.contains(sourceRanges[$0]) && !sourceRanges[$0].isEmpty }
            guard let first = inside.first, let last = inside.last else { continue }
            let base = 1 + UInt16(MentionLabel.allCases.firstIndex(of: mention.label) ?? 0) * 4
            for u in inside where codes[u] == 0 {
                codes[u] = base + (first == last ? 3 : (u == first ? 0 : (u == last ? 2 : 1)))
            }
        }
        return codes
    }

    /// The first index whose range starts at or after `offset` (ranges sorted by start).
    static func firstIndex(in ranges: [ScalarRange], startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
