import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct UTF8ValidationTests {
    private func firstInvalid(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
    }

    @Test func validTextHasNoInvalidOffset() {
        #expect(firstInvalid(Array("a ก é 😀 \u{10FFFF}".utf8)) == nil)
        #expect(firstInvalid([]) == nil)
    }

    @Test(arguments: [
        ([0x61, 0x80], 1),                 // lone continuation byte
        ([0xC0, 0xAF], 0),                 // overlong '/'
        ([0xE0, 0x80, 0xAF], 0),           // overlong 3-byte
        ([0xED, 0xA0, 0x80], 0),           // UTF-16 surrogate D800
        ([0xF4, 0x90, 0x80, 0x80], 0),     // above U+10FFFF
        ([0x61, 0xE0, 0xB8], 1),           // truncated ก
        ([0xE0, 0xB8, 0x41], 0),           // bad continuation
        ([0x61, 0x62, 0xFF], 2),
    ] as [([UInt8], Int)])
    func invalidSequences(bytes: [UInt8], offset: Int) {
        #expect(firstInvalid(bytes) == offset)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
    }
}
