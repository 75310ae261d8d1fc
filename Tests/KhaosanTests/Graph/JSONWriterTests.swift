import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

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

    /// The writer scans eight bytes a step: every escaped byte at every offset of a long string
    /// (Thai and ASCII around it) comes out as a byte-by-byte escaper writes it.
    @Test func escapesEveryByteThatNeedsItAtEveryOffset() {
        func reference(_ text: String) -> [UInt8] {
            var out: [UInt8] = [0x22]
            for byte in text.utf8 {
                switch byte {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case ..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
                default: out.append(byte)
                }
            }
            return out + [0x22]
        }
        let filler = Array("ab ไทย~\u{7F}é😀xyz0123456789".unicodeScalars)
        for special in Array(0..<0x20) + [0x22, 0x5C] {
            for offset in 0..<24 {
                var text = String(String.UnicodeScalarView(filler.prefix(offset)))
                text.unicodeScalars.append(Unicode.Scalar(UInt8(special)))
                text += "tail ไทย \u{1F}"
                var out: [UInt8] = []
                JSONWriter.appendString(text, to: &out)
                #expect(out == reference(text), "byte \(special) at scalar \(offset)")
            }
        }
    }
}
