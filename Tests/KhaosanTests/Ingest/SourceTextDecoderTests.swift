import Testing
@testable import Khaosan
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct SourceTextDecoderTests {
    private let thai = "ข่าวสาร พะเยา ๒๕๖๕ (UNESCO)"

    private func decode(_ bytes: [UInt8]) -> Result<SourceTextDecoder.Decoded, RejectionReason> {
        SourceTextDecoder.decode(bytes)
    }

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try decode(Array(thai.utf8)).get() == .init(text: thai, encoding: .utf8))
        #expect(try decode([0xEF, 0xBB, 0xBF] + Array(thai.utf8)).get() == .init(text: thai, encoding: .utf8WithBOM))
    }

    @Test func utf16WithBOMBothByteOrders() throws {
        let units = Array(thai.utf16) + Array("😀".utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try decode(little).get() == .init(text: thai + "😀", encoding: .utf16LittleEndian))
        #expect(try decode(big).get() == .init(text: thai + "😀", encoding: .utf16BigEndian))
    }

    @Test func utf16Errors() {
        #expect(decode([0xFF, 0xFE, 0x01, 0x0E, 0x02]).failureText == "UTF-16LE text has an odd number of bytes (5); the file is truncated")
        #expect(decode([0xFF, 0xFE, 0x01, 0x0E, 0x3D, 0xD8, 0x41, 0x00]).failureText == "invalid UTF-16LE: unpaired surrogate at byte offset 4")
        #expect(decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]).failureText == "UTF-32 is not supported (UTF-32LE byte-order mark)")
    }

    @Test func tis620AndWindows874() throws {
        #expect(try decode(IngestFixtures.tis620(thai)).get() == .init(text: thai, encoding: .windows874))
        // windows-874 adds curly quotes, dashes, the ellipsis and the euro sign in 0x80–0x9F.
        let bytes: [UInt8] = [0x93] + IngestFixtures.tis620("ธ สถิตในดวงใจ") + [0x85] + IngestFixtures.tis620("นิรันดร์") + [0x94, 0x20, 0x96, 0x20, 0x80]
        #expect(try decode(bytes).get() == .init(text: "“ธ สถิตในดวงใจ…นิรันดร์” – €", encoding: .windows874))
    }

    @Test func binaryAndEmpty() {
        #expect(decode([]).failureText == "empty file")
        #expect(decode([0x41, 0x00, 0x42]).failureText == "binary file: NUL byte at offset 1")
        #expect(decode(Array("  \n\u{FEFF} ".utf8)).failureText == "no text (only whitespace)")
    }

    @Test func randomBytesNeverCrashAndDecodedTextIsNeverBlank() {
        var generator = SplitMix64(seed: 874)
        let prefixes: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], IngestFixtures.tis620("ข่าว"), Array("ข่าว".utf8)]
        var decodedCount = 0
        for _ in 0..<3000 {
            var bytes = prefixes.randomElement(using: &generator)!
            let range: ClosedRange<UInt8> = [0x00...0xFF, 0xA1...0xFB, 0x20...0x7E, 0x80...0xBF].randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 0...40, using: &generator) { bytes.append(UInt8.random(in: range, using: &generator)) }
            if case .success(let decoded) = decode(bytes) {
                decodedCount += 1
                #expect(decoded.text.unicodeScalars.contains { !$0.properties.isWhitespace })
            }
        }
        #expect(decodedCount > 0)
    }

    @Test func neitherUTF8NorThai() {
        // Windows-1252 quotes around Latin-1: 0x9D is not a windows-874 character.
        #expect(decode([0x9D, 0x61, 0xE9]).failureText
                == "not valid UTF-8 (byte 0x9D at offset 0) and not plausible TIS-620/windows-874 Thai (byte 0x9D at offset 0 is not a windows-874 character)")
        // UTF-16LE Thai without BOM and without NULs: control bytes 0x0E.
        let noBOM: [UInt8] = Array("ข่าวสาร".utf16).flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(decode(noBOM).failureText == "binary file: 8 control bytes, the first 0x02 at offset 0 (it looks like UTF-16 without a byte-order mark, which is not supported)")
    }
}

extension Result where Failure == RejectionReason {
    var failureText: String? {
        if case .failure(let reason) = self { return reason.text }
        return nil
    }
}
