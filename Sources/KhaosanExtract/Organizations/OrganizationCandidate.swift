import KhaosanCore

/// A possible organisation span found by one rule, before overlaps are settled.
/// `range` is in scalar offsets of the **normalised** text.
struct OrganizationCandidate: Hashable {
    var range: ScalarRange
    /// The rule that found it, e.g. `org.head`, `org.lexicon`.
    var source: String
    var attributes: [MentionAttribute: String] = [:]

    /// Leftmost-longest choice among overlapping candidates: a flat list, sorted.
    static func leftmostLongest(_ candidates: [OrganizationCandidate]) -> [OrganizationCandidate] {
        let ordered = candidates.sorted {
            $0.range.start != $1.range.start ? $0.range.start < $1.range.start
                : $0.range.end != $1.range.end ? $0.range.end > $1.range.end : $0.source < $1.source
        }
        var kept: [OrganizationCandidate] = []
        for candidate in ordered where !candidate.range.isEmpty {
            if let last = kept.last, last.range.overlaps(candidate.range) { continue }
            kept.append(candidate)
        }
        return kept
    }
}
