import KhaosanCore

/// A normalised text and the map from its scalar offsets back to the source.
public struct NormalizedText: Sendable {
    /// The normalised text.
    public let text: String
    /// The scalars of `text`, for O(1) access by scalar offset.
    public let scalars: [Unicode.Scalar]
    /// Maps scalar offsets of `text` to scalar offsets of the source.
    public let offsetMap: OffsetMap

    public init(text: String, offsetMap: OffsetMap) {
        self.init(text: text, scalars: Array(text.unicodeScalars), offsetMap: offsetMap)
    }

    /// - Parameter scalars: must be the scalars of `text`.
    public init(text: String, scalars: [Unicode.Scalar], offsetMap: OffsetMap) {
        precondition(scalars.count == offsetMap.textLength)
        self.text = text
        self.scalars = scalars
        self.offsetMap = offsetMap
    }

    /// A normalised text given as scalar values (each a valid Unicode scalar).
    init(utf32 values: [UInt32], offsetMap: OffsetMap) {
        var utf8Count = 0
        for v in values { utf8Count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }
        let text = String(unsafeUninitializedCapacity: utf8Count) { bytes in
            var k = 0
            for v in values {
                if v < 0x80 {
                    bytes[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    bytes[k] = UInt8(0xC0 | (v >> 6)); bytes[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                } else if v < 0x10000 {
                    bytes[k] = UInt8(0xE0 | (v >> 12)); bytes[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    bytes[k + 2] = UInt8(0x80 | (v & 0x3F)); k += 3
                } else {
                    bytes[k] = UInt8(0xF0 | (v >> 18)); bytes[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    bytes[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); bytes[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                }
            }
            return k
        }
        let scalars = values.withUnsafeBufferPointer { buffer in
            Array(UnsafeRawBufferPointer(buffer).bindMemory(to: Unicode.Scalar.self))
        }
        self.init(text: text, scalars: scalars, offsetMap: offsetMap)
    }
}
