/// Decodes a `String` into its Unicode scalars faster than
/// `Array(string.unicodeScalars)` (which counts, then copies through an iterator).
public enum ScalarDecoder {
    /// The scalars of `string`, in order (offset i = scalar offset i).
    public static func scalars(of string: String) -> [Unicode.Scalar] {
        var string = string
        return string.withUTF8 { decode(validUTF8: $0) }
    }

    /// The scalars of `bytes`, which must be valid UTF-8 (as a `String`'s are).
    static func decode(validUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let n = bytes.count
        guard n > 0 else { return [] }
        return [Unicode.Scalar](unsafeUninitializedCapacity: n) { buffer, count in
            buffer.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: n) { out in
                var i = 0
                var k = 0
                while i < n {
                    let b0 = UInt32(bytes[i])
                    if b0 < 0x80 {
                        out[k] = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        out[k] = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        out[k] = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6
                            | (UInt32(bytes[i + 2]) & 0x3F)
                        i += 3
                    } else {
                        out[k] = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12
                            | (UInt32(bytes[i + 2]) & 0x3F) << 6 | (UInt32(bytes[i + 3]) & 0x3F)
                        i += 4
                    }
                    k += 1
                }
                count = k
            }
        }
    }
}
