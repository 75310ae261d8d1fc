import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO
@testable import KhaosanExtract

/// Property tests: random records written by Foundation's JSONEncoder, or with
/// every non-ASCII scalar escaped as `\uXXXX` (Python's `ensure_ascii`), read
/// back by `JSONLRecordDecoder` give the same strings.
@Suite struct JSONLineRoundTripTests {
    private static let pools: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x0E01...0x0E5B, 0x00...0x1F, 0x1F600...0x1F64F, 0xF700...0xF71A, 0xA0...0xFF, 0x2000...0x206F,
    ]

    private func randomText(_ generator: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...60, using: &generator) {
            let pool = Self.pools.randomElement(using: &generator)!
            if let scalar = Unicode.Scalar(UInt32.random(in: pool, using: &generator)) { scalars.append(scalar) }
        }
        scalars.append(contentsOf: ["\"", "\\", "/"].shuffled(using: &generator).prefix(Int.random(in: 0...3, using: &generator)).map { Unicode.Scalar($0)! })
        return String(scalars)
    }

    /// `text` as a JSON string literal with only ASCII: non-ASCII as `\uXXXX`, astral scalars as surrogate pairs.
    private func asciiLiteral(_ text: String) -> String {
        var literal = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: literal += "\\\""
            case 0x5C: literal += "\\\\"
            case 0x20...0x7E: literal.unicodeScalars.append(Unicode.Scalar(unit)!)
            default:
                let hex = String(unit, radix: 16)
                literal += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return literal + "\""
    }

    private func decode(_ line: String) throws -> RawDocument {
        let decoder = JSONLRecordDecoder(fileName: "p.jsonl", inputLocation: "p.jsonl")
        return try Array(line.utf8).withUnsafeBufferPointer { try decoder.decode($0, lineNumber: 1).get() }
    }

    @Test func foundationEncodedRecordsRoundTrip() throws {
        struct Record: Encodable { let id: String; let title: String; let text: String }
        var generator = SplitMix64(seed: 2565)
        let encoder = JSONEncoder()
        for _ in 0..<500 {
            let record = Record(id: randomText(&generator), title: randomText(&generator), text: "ก" + randomText(&generator))
            let line = String(decoding: try encoder.encode(record), as: UTF8.self)
            let document = try decode(line)
            #expect(document.source == record.text)
            #expect(document.metadata.title == record.title)
            #expect(document.id == (record.id.isEmpty ? "p.jsonl:1" : record.id))
        }
    }

    @Test func asciiEscapedRecordsRoundTrip() throws {
        var generator = SplitMix64(seed: 2016)
        for _ in 0..<500 {
            let text = "ก" + randomText(&generator)
            let extra = randomText(&generator)
            let line = "{\"text\": \(asciiLiteral(text)), \"note\": [\(asciiLiteral(extra))]}"
            let document = try decode(line)
            #expect(document.source == text)
            #expect(document.metadata.extra["note"] == "[\(asciiLiteral(extra))]")
        }
    }
}
