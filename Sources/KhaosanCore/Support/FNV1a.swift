/// 64-bit FNV-1a, the one stable hash of the package: the same value in every process and on
/// every platform (unlike Swift's `Hasher`), so it may be saved — tagger features and model
/// checksums — or printed in IRIs.
package enum FNV1a {
    /// The state before any byte. (Computed and inlinable, not stored: a stored `static let`
    /// of another module is read through its lazy initialiser on every use, and the tagger
    /// hashes every feature of every token with these.)
    @inlinable package static var offsetBasis: UInt64 { 0xcbf2_9ce4_8422_2325 }
    /// The FNV prime for 64 bits.
    @inlinable package static var prime: UInt64 { 0x0000_0100_0000_01b3 }

    /// `h` after one more byte.
    @inlinable @inline(__always)
    package static func add(_ h: UInt64, byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* prime }

    /// `h` after a 32-bit value fed as 4 little-endian bytes (how scalar values are hashed).
    @inlinable @inline(__always)
    package static func add(_ h: UInt64, _ value: UInt32) -> UInt64 {
        var h = h
        var v = value
        for _ in 0..<4 {
            h = add(h, byte: UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
        return h
    }

    /// The hash of a sequence of bytes. Contiguous storage (arrays, native strings' UTF-8) is
    /// read through one buffer pointer: unspecialised, the element-by-element iteration cost
    /// 40% of the process start-up (the tagger model's 2.5 MB checksum).
    @inlinable
    package static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        if let h = bytes.withContiguousStorageIfAvailable({ hash(buffer: $0) }) { return h }
        var h = offsetBasis
        for byte in bytes { h = add(h, byte: byte) }
        return h
    }

    /// The hash of the bytes of `buffer`.
    @inlinable
    package static func hash(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = offsetBasis
        for byte in buffer { h = add(h, byte: byte) }
        return h
    }
}
