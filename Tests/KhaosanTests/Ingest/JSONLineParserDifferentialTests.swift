import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO
@testable import KhaosanExtract

/// Differential test: random single-byte mutations of valid JSON lines are
/// accepted by `JSONLineParser` exactly when Foundation's `JSONSerialization`
/// accepts them as a top-level object. One known difference is excluded:
/// Foundation accepts a trailing comma in nested containers (`[1,]`), which
/// RFC 8259 (and Python's json) reject, and so does khaosan.
@Suite struct JSONLineParserDifferentialTests {
    private static let seeds = [
        #"{"id": "a1", "text": "ข่าว \"ด่วน\" \\ \n\u0e01\ud83d\ude00", "n": [1, -2.5e+3, true, false, null], "o": {"k": {}}}"#,
        #"{"text":"x","a":[[],{"b":[0.5]}],"c":"\/"}"#,
    ]
    private static let alphabet: [UInt8] = Array(#"{}[]:,"\ /u0123456789abcdefABCDEFtrueflsn.-+eE"#.utf8) + [0x09, 0x0A, 0x00, 0x1F, 0xE0, 0xB8, 0x81, 0xFF]

    private func parserAccepts(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { line in
            guard let members = try? JSONLineParser.members(of: line) else { return false }
            // Decoding every string value is part of accepting (UTF-8, surrogates).
            for member in members where member.kind == .string {
                guard (try? JSONStringDecoder.decode(line, range: member.valueRange, hasEscapes: member.hasEscapes)) != nil else { return false }
            }
            return true
        }
    }

    private func foundationAccepts(_ bytes: [UInt8]) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes))) is [String: Any]
    }

    /// A `,` followed (after whitespace) by `}` or `]` outside strings.
    private func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
        var inString = false, escaped = false, afterComma = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true; afterComma = false
            case UInt8(ascii: ","): afterComma = true
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if afterComma { return true }
            case 0x20, 0x09, 0x0A, 0x0D: break
            default: afterComma = false
            }
        }
        return false
    }

    @Test func mutationsAgreeWithFoundation() {
        var generator = SplitMix64(seed: 42)
        var disagreements: [String] = []
        var accepted = 0
        for _ in 0..<4000 {
            var bytes = Array(Self.seeds.randomElement(using: &generator)!.utf8)
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(Self.alphabet.randomElement(using: &generator)!, at: position)
                default: bytes[position] = Self.alphabet.randomElement(using: &generator)!
                }
            }
            let ours = parserAccepts(bytes)
            if hasTrailingComma(bytes) {
                if ours { disagreements.append("accepted a trailing comma: \(String(decoding: bytes, as: UTF8.self).debugDescription)") }
                continue
            }
            let theirs = foundationAccepts(bytes)
            if ours { accepted += 1 }
            if ours != theirs {
                disagreements.append("ours=\(ours) foundation=\(theirs): \(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, e.g.\n\(disagreements.prefix(10).joined(separator: "\n"))")
        #expect(accepted > 100) // the mutations must not all be rejected, or the test shows nothing
    }
}
