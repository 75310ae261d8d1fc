/// Maps Unicode scalar offsets of a normalised text back to its source text.
///
/// Each normalised scalar `i` came from the source scalars
/// `[sourceStart[i], sourceEnd[i])`. Deleted source scalars (zero-width spaces,
/// BOMs) belong to no normalised scalar; a mapped range never includes them at
/// its edges and never splits a source scalar.
public struct OffsetMap: Hashable, Sendable {
    /// Source scalar offset where each normalised scalar starts.
    public private(set) var sourceStart: [Int32]
    /// Source scalar offset where each normalised scalar ends (exclusive).
    public private(set) var sourceEnd: [Int32]
    /// Number of scalars in the source text.
    public let sourceLength: Int

    /// The identity map over a text of `length` scalars.
    public static func identity(length: Int) -> OffsetMap {
        let offsets = (0..<length).map { Int32($0) }
        return OffsetMap(sourceStart: offsets, sourceEnd: offsets.map { $0 + 1 }, sourceLength: length)
    }

    /// - Parameters:
    ///   - sourceStart: for each normalised scalar, its first source scalar offset.
    ///   - sourceEnd: for each normalised scalar, its source end offset (exclusive).
    ///   - sourceLength: number of scalars of the source.
    public init(sourceStart: [Int32], sourceEnd: [Int32], sourceLength: Int) {
        precondition(sourceStart.count == sourceEnd.count)
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
        self.sourceLength = sourceLength
    }

    /// Number of scalars of the normalised text.
    public var textLength: Int { sourceStart.count }

    /// The source range covering normalised range `range` (scalar offsets).
    /// An empty range maps to an empty range at the matching source position.
    public func sourceRange(_ range: ScalarRange) -> ScalarRange {
        precondition(range.end <= textLength, "range \(range) beyond text length \(textLength)")
        if range.isEmpty {
            let at = range.start < textLength ? Int(sourceStart[range.start])
                : (textLength == 0 ? 0 : Int(sourceEnd[textLength - 1]))
            return ScalarRange(at, at)
        }
        return ScalarRange(Int(sourceStart[range.start]), Int(sourceEnd[range.end - 1]))
    }

    /// The source scalar offset of normalised offset `offset` (`0...textLength`).
    public func sourceOffset(_ offset: Int) -> Int {
        sourceRange(ScalarRange(offset, offset)).start
    }
}
