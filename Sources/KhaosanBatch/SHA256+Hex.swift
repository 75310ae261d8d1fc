import Crypto

/// The forms of swift-crypto's SHA-256 that content hashing, cache keys and checksums use:
/// input is bytes (a string's UTF-8 bytes), output 32 bytes or 64 lowercase hex digits.
extension SHA256 {
    /// Feeds `bytes` into the hash.
    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        let fed: Void? = bytes.withContiguousStorageIfAvailable { update(bufferPointer: UnsafeRawBufferPointer($0)) }
        if fed == nil { update(data: Array(bytes)) }
    }

    /// Feeds the UTF-8 bytes of `string` into the hash.
    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }

    /// The digest of everything fed so far as 64 lowercase hex digits (the hash is not consumed).
    public func hexDigest() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in finalize() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Hex SHA-256 of the UTF-8 bytes of `string`.
    public static func hex(_ string: String) -> String {
        var hash = SHA256()
        hash.update(string)
        return hash.hexDigest()
    }

    /// Hex SHA-256 of `bytes`.
    public static func hex<S: Sequence>(bytes: S) -> String where S.Element == UInt8 {
        var hash = SHA256()
        hash.update(bytes)
        return hash.hexDigest()
    }

    /// The 32-byte SHA-256 digest of `bytes`.
    public static func digest<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        var hash = SHA256()
        hash.update(bytes)
        return Array(hash.finalize())
    }
}
