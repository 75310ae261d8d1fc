/// A half-open range `[start, end)` of Unicode scalar offsets.
///
/// Offsets count Unicode scalars (code points), the unit Python, spaCy and the
/// W3C `TextPositionSelector` use — never UTF-16 units, bytes or graphemes.
public struct ScalarRange: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// First scalar offset in the range.
    public var start: Int
    /// Scalar offset one past the last scalar in the range.
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "ScalarRange start \(start) > end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of scalars covered.
    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: ScalarRange) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: ScalarRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: ScalarRange, rhs: ScalarRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "[\(start),\(end))" }
}
