import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct LegacyCharsetConverterTests {
    private func convert(_ bytes: [UInt8], _ charset: String = "windows-874") -> Result<String, RejectionReason> {
        bytes.withUnsafeBufferPointer { LegacyCharsetConverter.utf8String($0, charset: charset) }
    }

    @Test func everyThaiByteMapsToItsScalar() throws {
        // 0xA1–0xDA and 0xDF–0xFB are U+0E01–U+0E3A and U+0E3F–U+0E5B.
        let bytes = Array(UInt8(0xA1)...UInt8(0xDA)) + Array(UInt8(0xDF)...UInt8(0xFB))
        let scalars = try convert(bytes).get().unicodeScalars.map(\.value)
        #expect(scalars == bytes.map { UInt32($0) - 0xA0 + 0x0E00 })
    }

    @Test func unmappedByteIsReportedWithItsOffset() {
        // ICU maps every windows-874 byte (undefined ones to private-use or C1 code points,
        // which is why ThaiLegacyTextHeuristic screens them first); US-ASCII shows the error path.
        #expect(convert([0x41, 0x42, 0x80], "US-ASCII").failureText == "byte 0x80 at offset 2 is not a US-ASCII character")
    }

    @Test func unknownCharset() {
        #expect(convert([0x41], "no-such-charset").failureText?.hasPrefix("ICU cannot convert from no-such-charset") == true)
    }
}
