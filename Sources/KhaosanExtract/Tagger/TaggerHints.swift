import KhaosanCore

/// Per-unit codes for the mentions earlier extractors found, used as tagger
/// features: 0 = none, else `1 + labelIndex * 4 + position` (0 begin, 1 inside,
/// 2 last, 3 single unit), where labelIndex is the label's index in `MentionLabel.allCases`.
public enum TaggerHints {
    /// Codes for the units whose ranges are `units` from `mentions`; both in the same offsets
    /// (the tagger: normalised; training on gold text: source).
    public static func codes(units: [ScalarRange], mentions: [Mention]) -> [UInt16] {
        var codes = [UInt16](repeating: 0, count: units.count)
        guard !mentions.isEmpty else { return codes }
        // Units come in text order, so their starts normally never decrease; then the
        // units inside a mention lie in the window of units starting within it, found by binary
        // search (a scan of every unit per mention was ~5% of extract on long articles).
        let sorted = zip(units, units.dropFirst()).allSatisfy { $0.start <= $1.start }
        for mention in mentions {
            var window = units.indices
            if sorted {
                let low = Self.firstIndex(in: units, startingAtOrAfter: mention.range.start)
                let high = Self.firstIndex(in: units, startingAtOrAfter: mention.range.end)
                window = low..<max(low, high)
            }
            let inside = window.filter { mention.range.contains(units[$0]) && !units[$0].isEmpty }
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
