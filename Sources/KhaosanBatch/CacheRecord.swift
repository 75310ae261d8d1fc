import CCompression
import Foundation

/// One entry of the extraction cache as stored in a pack file (`ExtractionCache`):
///
///     magic "KHSNEXC3" (8 bytes) | payload length (UInt32 LE, bytes) | CRC-64 of the payload (UInt64 LE) | payload
///
/// The payload is the key (64 hex digits), a newline and the extraction's line
/// (`ExtractionJSON.line`, the hand-written writer). The key inside the checksummed payload
/// is compared with the key looked up, so a record can never be taken for another one; the
/// magic lets a scan find the next record after damaged bytes.
enum CacheRecord {
    /// First bytes of every record.
    static let magic: [UInt8] = Array("KHSNEXC3".utf8)
    /// Bytes before the payload: magic, length, checksum.
    static let headerLength = 20
    /// Bytes of a key (hex SHA-256).
    static let keyLength = 64
    /// A payload above this (256 MiB) is damage, not a record.
    static let maximumPayload = 1 << 28

    /// The record of `entry`.
    static func encode(_ entry: CachedExtraction) throws -> Data {
        var payload = Data(entry.key.utf8)
        payload.append(0x0A)
        payload.append(try ExtractionJSON.line(entry.extraction))
        var record = Data(magic)
        record.reserveCapacity(headerLength + payload.count)
        append(UInt64(payload.count), bytes: 4, to: &record)
        append(checksum(payload), bytes: 8, to: &record)
        record.append(payload)
        return record
    }

    /// The entry in `record` (header and payload), or nil when its magic, length or
    /// checksum is wrong or its line does not parse.
    static func decode(_ record: Data) -> CachedExtraction? {
        let bytes = [UInt8](record)
        guard let (length, sum) = header(bytes), bytes.count == headerLength + length else { return nil }
        let payload = bytes[headerLength...]
        guard checksum(payload) == sum, let newline = payload.firstIndex(of: 0x0A) else { return nil }
        let key = String(decoding: payload[..<newline], as: UTF8.self)
        guard let parsed = try? ExtractionJSON.parse(Data(payload[(newline + 1)...])),
              case .extraction(let document) = parsed else { return nil }
        return CachedExtraction(key: key, extraction: document)
    }

    /// Payload length and checksum of the header at the start of `bytes`, or nil when the
    /// magic is not there or the length is impossible.
    static func header<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> (length: Int, checksum: UInt64)?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard bytes.count >= headerLength, bytes.starts(with: magic) else { return nil }
        let start = bytes.startIndex
        let length = Int(integer(bytes[(start + 8)..<(start + 12)]))
        guard length > keyLength, length <= maximumPayload else { return nil }
        return (length, integer(bytes[(start + 12)..<(start + 20)]))
    }

    /// The key at the start of a payload (`bytes` from the record's start), or nil.
    static func key<Bytes: RandomAccessCollection>(inRecord bytes: Bytes) -> String?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let start = bytes.startIndex + headerLength
        guard bytes.count >= headerLength + keyLength + 1, bytes[start + keyLength] == 0x0A else { return nil }
        return String(decoding: bytes[start..<(start + keyLength)], as: UTF8.self)
    }

    /// CRC-64 of `bytes` (liblzma through `CCompression`).
    static func checksum<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.withContiguousStorageIfAvailable { buffer in
            ccompression_crc64(buffer.baseAddress, buffer.count, 0)
        } ?? Array(bytes).withUnsafeBufferPointer { ccompression_crc64($0.baseAddress, $0.count, 0) }
    }

    private static func checksum(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { ccompression_crc64($0.bindMemory(to: UInt8.self).baseAddress, $0.count, 0) }
    }

    private static func append(_ value: UInt64, bytes: Int, to data: inout Data) {
        for index in 0..<bytes { data.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }

    private static func integer<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
