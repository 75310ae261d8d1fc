import Foundation

/// Counts of how well gold span boundaries line up with tokens and units.
public struct UnitAlignmentStats: Sendable, CustomStringConvertible {
    /// Gold span boundaries (start and end each count once).
    public var boundaries = 0
    /// Boundaries that fall inside an ICU token.
    public var insideToken = 0
    /// Boundaries that fall inside a tagger unit (unreachable for the tagger).
    public var insideUnit = 0
    /// Gold spans whose both ends fall on unit boundaries.
    public var reachableSpans = 0
    public var spans = 0

    public var description: String {
        func pct(_ a: Int, _ b: Int) -> String { b == 0 ? "0" : String(format: "%.2f%%", 100 * Double(a) / Double(b)) }
        return "gold boundaries inside ICU tokens: \(insideToken)/\(boundaries) (\(pct(insideToken, boundaries))); "
            + "inside tagger units: \(insideUnit)/\(boundaries) (\(pct(insideUnit, boundaries))); "
            + "spans reachable: \(reachableSpans)/\(spans) (\(pct(reachableSpans, spans)))"
    }

    public static func + (a: UnitAlignmentStats, b: UnitAlignmentStats) -> UnitAlignmentStats {
        var s = a
        s.boundaries += b.boundaries
        s.insideToken += b.insideToken
        s.insideUnit += b.insideUnit
        s.reachableSpans += b.reachableSpans
        s.spans += b.spans
        return s
    }
}
