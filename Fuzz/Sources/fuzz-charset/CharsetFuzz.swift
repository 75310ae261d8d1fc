// libFuzzer harness: the bytes of a text file through charset detection and decoding
// (`SourceTextDecoder`, `ThaiLegacyTextHeuristic`, `LegacyCharsetConverter`).
// Properties: no trap; a decoded text is not blank and is exactly the input in the
// encoding reported (UTF-8 bytes equal, UTF-16 units equal, one scalar per windows-874 byte);
// a rejection has a reason; the single-byte converters give one scalar per byte.
import FuzzSupport
@testable import Khaosan
@testable import KhaosanIO

@main
enum CharsetFuzz {
    static func main() { runFuzzer(testOneInput) }
}

private func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    let assessment = ThaiLegacyTextHeuristic.assess(bytes)
    fuzzRequire(assessment.isPlausible || !assessment.reason.isEmpty, "implausible without a reason")

    for charset in ["windows-874", "tis-620"] {
        if case .success(let text) = LegacyCharsetConverter.utf8String(bytes, charset: charset) {
            fuzzRequire(text.unicodeScalars.count == bytes.count,
                        "\(charset): \(bytes.count) bytes became \(text.unicodeScalars.count) scalars")
        }
    }

    switch SourceTextDecoder.decode(bytes) {
    case .failure(let reason):
        fuzzRequire(!reason.text.isEmpty, "rejection without a reason")
    case .success(let decoded):
        let text = decoded.text
        fuzzRequire(text.unicodeScalars.contains { !$0.properties.isWhitespace && $0 != "\u{FEFF}" },
                    "blank text accepted")
        switch decoded.encoding {
        case .utf8:
            fuzzRequire(text.utf8.elementsEqual(bytes), "UTF-8 text differs from its bytes")
        case .utf8WithBOM:
            fuzzRequire(text.utf8.elementsEqual(bytes.dropFirst(3)), "UTF-8 text after the BOM differs from its bytes")
        case .utf16LittleEndian, .utf16BigEndian:
            let bigEndian = decoded.encoding == .utf16BigEndian
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index -> UInt16 in
                let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
                return bigEndian ? first << 8 | second : second << 8 | first
            }
            fuzzRequire(text.utf16.elementsEqual(units), "UTF-16 text differs from its code units")
        case .windows874:
            fuzzRequire(assessment.isPlausible, "windows-874 chosen for implausible bytes")
            fuzzRequire(text.unicodeScalars.count == bytes.count, "windows-874: \(bytes.count) bytes became \(text.unicodeScalars.count) scalars")
        }
    }
}
