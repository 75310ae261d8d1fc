import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct JSONStringDecoderTests {
    /// Decodes the JSON string literal `literal` (quotes included).
    private func decode(_ literal: String) throws -> String {
        let bytes = Array(literal.utf8)
        let escaped = bytes.contains(UInt8(ascii: "\\"))
        return try bytes.withUnsafeBufferPointer {
            try JSONStringDecoder.decode($0, range: 0..<bytes.count, hasEscapes: escaped)
        }
    }

    @Test func plainThai() throws {
        #expect(try decode("\"มหาวิทยาลัยพะเยา\"") == "มหาวิทยาลัยพะเยา")
    }

    @Test func simpleEscapes() throws {
        #expect(try decode(#""a\"b\\c\/d\be\ff\ng\rh\ti""#) == "a\"b\\c/d\u{8}e\u{C}f\ng\rh\ti")
    }

    @Test func unicodeEscapesIncludingSurrogatePairs() throws {
        #expect(try decode(#""\u0e1e\u0E30\u0e40\u0e22\u0e32""#) == "พะเยา")
        #expect(try decode(#""\ud83d\ude00 \uD834\uDD1E""#) == "😀 𝄞")
        #expect(try decode(#""\u0000""#) == "\u{0}")
        #expect(try decode(#""x\u00e9y""#).unicodeScalars.count == 3)
    }

    @Test func loneSurrogatesAreErrors() {
        #expect(throws: JSONSyntaxError(offset: 1, message: "lone high surrogate \\uD83D (no low surrogate follows)")) {
            try decode(#""\ud83d""#)
        }
        #expect(throws: JSONSyntaxError(offset: 1, message: "high surrogate \\uD83D followed by \\u0041, not a low surrogate")) {
            try decode(#""\ud83d\u0041""#)
        }
        #expect(throws: JSONSyntaxError(offset: 2, message: "lone low surrogate \\uDE00")) {
            try decode(#""a\ude00""#)
        }
    }

    @Test func invalidUTF8IsLocated() {
        var bytes = Array("\"ab".utf8) + [0xFF] + Array("\\n\"".utf8)
        #expect(throws: JSONSyntaxError(offset: 3, message: "invalid UTF-8 in a string")) {
            try bytes.withUnsafeBufferPointer { try JSONStringDecoder.decode($0, range: 0..<bytes.count, hasEscapes: true) }
        }
        bytes = Array("\"ab".utf8) + [0xE0, 0xB8] + Array("\"".utf8)
        #expect(throws: JSONSyntaxError(offset: 3, message: "invalid UTF-8")) {
            try bytes.withUnsafeBufferPointer { try JSONStringDecoder.decode($0, range: 0..<bytes.count, hasEscapes: false) }
        }
    }
}
