import Foundation
import Testing
@testable import Khaosan

@Suite struct JSONWriterTests {
    @Test func keysSortedByCodePointAndThaiWrittenAsUTF8() {
        let value = JSONValue.object(["b": .integer(1), "@id": .string("x"), "a": .array([.string("พะเยา"), .null, .bool(true)])])
        #expect(JSONWriter(pretty: false).string(value) == #"{"@id":"x","a":["พะเยา",null,true],"b":1}"#)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() throws {
        let text = "a\"b\\c\nd\u{1}e/f"
        let bytes = JSONWriter(pretty: false).bytes(.string(text))
        #expect(String(decoding: bytes, as: UTF8.self) == #""a\"b\\c\nd\u0001e/f""#)
        // And a standard parser reads back the same string.
        let parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
        #expect(parsed == text)
    }

    @Test func prettyOutputIsIndentedAndEndsWithANewline() {
        let out = JSONWriter().string(.object(["k": .array([.integer(1)])]))
        #expect(out == "{\n  \"k\": [\n    1\n  ]\n}\n")
    }
}

extension JSONWriterTests {
    @Test func belowThePrettyDepthEachValueIsOneLine() {
        let value = JSONValue.object(["g": .array([.object(["b": .integer(1), "a": .array([.string("x")])]), .integer(2)])])
        #expect(JSONWriter(prettyDepth: 2).string(value) == "{\n  \"g\": [\n    {\"a\":[\"x\"],\"b\":1},\n    2\n  ]\n}\n")
    }
}
