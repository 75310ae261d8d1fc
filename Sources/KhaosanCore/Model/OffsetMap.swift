/// Maps Unicode scalar offsets of a normalised text back to its source text.
///
/// Each normalised scalar `i` came from the source scalars
/// `[sourceStart(i), sourceEnd(i))`. Deleted source scalars (zero-width spaces,
/// BOMs) belong to no normalised scalar; a mapped range never includes them at
/// its edges and never splits a source scalar. When normalisation changed
/// nothing the map is the identity and stores no tables.
public struct OffsetMap: Hashable, Sendable {
    /// Per normalised scalar, its first source scalar offset; nil for the identity.
    private let starts: [Int32]?
    /// Per normalised scalar, its source end offset (exclusive); nil for the identity.
    private let ends: [Int32]?
    /// Number of scalars in the source text.
    public let sourceLength: Int
    /// Number of scalars of the normalised text.
    public let textLength: Int

    /// The identity map over a text of `length` scalars.
    public static func identity(length: Int) -> OffsetMap {
        OffsetMap(length: length)
    }

    private init(length: Int) {
        starts = nil
        ends = nil
        sourceLength = length
        textLength = length
    }

    /// - Parameters:
    ///   - sourceStart: for each normalised scalar, its first source scalar offset.
    ///   - sourceEnd: for each normalised scalar, its source end offset (exclusive).
    ///   - sourceLength: number of scalars of the source.
    public init(sourceStart: [Int32], sourceEnd: [Int32], sourceLength: Int) {
        precondition(sourceStart.count == sourceEnd.count)
        self.starts = sourceStart
        self.ends = sourceEnd
        self.sourceLength = sourceLength
        self.textLength = sourceStart.count
    }

    /// True when the normalised text is the source text, scalar for scalar.
    public var isIdentity: Bool { starts == nil }

    /// Source scalar offset where normalised scalar `i` starts.
    public func sourceStart(_ i: Int) -> Int { starts.map { Int($0[i]) } ?? i }

    /// Source scalar offset where normalised scalar `i` ends (exclusive).
    public func sourceEnd(_ i: Int) -> Int { ends.map { Int($0[i]) } ?? i + 1 }

    /// The source range covering normalised range `range` (scalar offsets).
    /// An empty range maps to an empty range at the matching source position.
    public func sourceRange(_ range: ScalarRange) -> ScalarRange {
        precondition(range.end <= textLength, "range \(range) beyond text length \(textLength)")
        if starts == nil { return range }
        if range.isEmpty {
            let at = range.start < textLength ? sourceStart(range.start)
                : (textLength == 0 ? 0 : sourceEnd(textLength - 1))
            return ScalarRange(at, at)
        }
        return ScalarRange(sourceStart(range.start), sourceEnd(range.end - 1))
    }

    /// The source scalar offset of normalised offset `offset` (`0...textLength`).
    public func sourceOffset(_ offset: Int) -> Int {
        sourceRange(ScalarRange(offset, offset)).start
    }
}
