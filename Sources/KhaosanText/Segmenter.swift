import KhaosanCore

/// Splits a document's normalised text into tokens with ICU word boundaries.
///
/// Token ranges are Unicode scalar offsets of the normalised text. ICU works in
/// UTF-16; the conversion happens here and nowhere else.
/// Not thread-safe (it owns an ICU iterator): use one per thread.
public final class Segmenter {
    private let breaker: WordBreaker
    private var utf16: [UInt16] = []
    /// For each UTF-16 unit, the scalar offset of the scalar it belongs to.
    private var scalarAt: [Int32] = []

    public init() throws {
        breaker = try WordBreaker(locale: "th")
    }

    /// Tokens of `scalars`, in order, covering the whole text.
    public func tokens(of scalars: [Unicode.Scalar]) throws -> [Token] {
        // Work on locals (moved out of the instance and back) to avoid exclusivity checks in the loops.
        var utf16 = self.utf16
        self.utf16 = []
        defer { self.utf16 = utf16 }
        utf16.removeAll(keepingCapacity: true)
        utf16.reserveCapacity(scalars.count + 16)
        var basicMultilingualOnly = true
        for scalar in scalars {
            let v = scalar.value
            if v < 0x10000 {
                utf16.append(UInt16(truncatingIfNeeded: v))
            } else {
                basicMultilingualOnly = false
                let u = v - 0x10000
                utf16.append(UInt16(0xD800 + (u >> 10)))
                utf16.append(UInt16(0xDC00 + (u & 0x3FF)))
            }
        }
        // UTF-16 offsets equal scalar offsets unless a scalar needs a surrogate pair.
        if !basicMultilingualOnly { buildScalarOffsets(scalars, utf16Count: utf16.count) }
        let scalarAt = self.scalarAt
        return try utf16.withUnsafeBufferPointer { units in
            try breaker.withBoundaries(units) { boundaries in
                var tokens: [Token] = []
                tokens.reserveCapacity(boundaries.count)
                var previous = 0
                for k in 1..<max(boundaries.count, 1) {
                    let unit = Int(boundaries[k])
                    let end = basicMultilingualOnly ? unit : Int(scalarAt[unit])
                    if end > previous {
                        tokens.append(Token(range: ScalarRange(previous, end),
                                            kind: TokenClassifier.kind(of: scalars[previous])))
                    }
                    previous = end
                }
                return tokens
            }
        }
    }

    private func buildScalarOffsets(_ scalars: [Unicode.Scalar], utf16Count: Int) {
        scalarAt.removeAll(keepingCapacity: true)
        scalarAt.reserveCapacity(utf16Count + 1)
        for (i, scalar) in scalars.enumerated() {
            scalarAt.append(Int32(i))
            if scalar.value >= 0x10000 { scalarAt.append(Int32(i)) }
        }
        scalarAt.append(Int32(scalars.count))
    }

    /// Tokens of a document's normalised text.
    public func tokens(of document: Document) throws -> [Token] {
        try tokens(of: document.textScalars)
    }
}
