import Crypto
import Foundation

/// The last line of every `khaosan extract` output: how many lines it wrote before it and
/// their checksum, `{"trailer":{"checksum":"<16 hex digits>","lines":N}}`. `merge` refuses
/// a part whose lines do not add up to its trailers, so an output cut at a line boundary,
/// a part that lost lines, or lines of several writers mixed on one pipe are detected.
///
/// The checksum is the sum, modulo 2^64, of the first 8 bytes (big-endian) of the SHA-256
/// of each line (without its newline). A sum does not depend on the order of the lines, so
/// the outputs of several `extract`s concatenated or interleaved line by line on one pipe
/// check as a whole: the lines add up to the sum of all the trailers.
public struct ExtractOutputTrailer: Equatable, Sendable {
    /// Lines counted (documents and error lines; not trailers).
    public var lines: Int = 0
    /// Sum of the lines' checksums.
    public var checksum: UInt64 = 0

    public init(lines: Int = 0, checksum: UInt64 = 0) {
        self.lines = lines
        self.checksum = checksum
    }

    /// Counts one line (its bytes without the newline).
    public mutating func add<Bytes: Sequence>(line: Bytes) where Bytes.Element == UInt8 {
        lines += 1
        checksum &+= Self.checksum(of: line)
    }

    /// Adds another tally or trailer (several writers' trailers in one part).
    public mutating func add(_ other: ExtractOutputTrailer) {
        lines += other.lines
        checksum &+= other.checksum
    }

    /// The checksum of one line: the first 8 bytes of its SHA-256, big-endian.
    public static func checksum<Bytes: Sequence>(of line: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        SHA256.digest(line).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The trailer line, without newline.
    public var line: Data {
        let hex = String(checksum, radix: 16)
        let padded = String(repeating: "0", count: 16 - hex.count) + hex
        return Data("{\"trailer\":{\"checksum\":\"\(padded)\",\"lines\":\(lines)}}".utf8)
    }

    /// The trailer a line states, or nil when the line is not a trailer (any other line).
    public init?(parsing line: Data) {
        let prefix = Data("{\"trailer\":".utf8)
        guard line.starts(with: prefix) else { return nil }
        struct Form: Decodable {
            struct Body: Decodable { var checksum: String; var lines: Int }
            var trailer: Body
        }
        guard let form = try? JSONDecoder().decode(Form.self, from: line),
              form.trailer.checksum.utf8.count == 16, form.trailer.lines >= 0,
              let checksum = UInt64(form.trailer.checksum, radix: 16) else { return nil }
        self.init(lines: form.trailer.lines, checksum: checksum)
    }
}
