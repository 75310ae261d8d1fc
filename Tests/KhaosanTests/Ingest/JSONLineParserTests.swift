import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct JSONLineParserTests {
    private func members(_ line: String) throws -> [JSONMember] {
        try Array(line.utf8).withUnsafeBufferPointer { try JSONLineParser.members(of: $0) }
    }

    private func rawValues(_ line: String) throws -> [String: String] {
        let bytes = Array(line.utf8)
        var values: [String: String] = [:]
        for member in try members(line) {
            values[member.key] = String(decoding: bytes[member.valueRange], as: UTF8.self)
        }
        return values
    }

    private func syntaxError(_ line: String) -> JSONSyntaxError? {
        do {
            _ = try members(line)
            return nil
        } catch let error as JSONSyntaxError {
            return error
        } catch {
            return nil
        }
    }

    @Test func membersWithKindsAndVerbatimValues() throws {
        let line = #" { "a" : "x" , "b":-1.5E+3, "c":[1,{"d":null}], "e":{}, "f":true, "g":false, "h":null } "#
        #expect(try members(line).map(\.kind) == [.string, .number, .array, .object, .bool, .bool, .null])
        #expect(try rawValues(line) == ["a": "\"x\"", "b": "-1.5E+3", "c": "[1,{\"d\":null}]", "e": "{}",
                                        "f": "true", "g": "false", "h": "null"])
    }

    @Test func nestedUnknownValuesAreKeptByteForByte() throws {
        let nested = #"{"k": [ "ข่าว\n\u0e01", {"x": [[], {}], "y": 0.0}, -0, 1e9 ]}"#
        #expect(try rawValues("{\"text\": \"t\", \"extra\": \(nested)}")["extra"] == nested)
    }

    @Test func escapesAreFlaggedOnlyWhenPresent() throws {
        let result = try members(#"{"plain": "ก ข", "escaped": "a\"b"}"#)
        #expect(result.map(\.hasEscapes) == [false, true])
    }

    @Test func emptyObject() throws {
        #expect(try members("{}").isEmpty)
    }

    @Test func keysWithEscapesAreDecoded() throws {
        #expect(try members(#"{"t\u0065xt": 1}"#).map(\.key) == ["text"])
    }

    @Test(arguments: [
        ("", "empty line, expected a JSON object", 0),
        ("[1]", "expected a JSON object starting with '{'", 0),
        (#"{"a" 1}"#, "expected ':' after the key \"a\"", 5),
        (#"{"a": 1,}"#, "trailing comma before '}'", 8),
        (#"{"a": 1"#, "unterminated object (the line ends before '}')", 7),
        (#"{"a": 01}"#, "invalid number: leading zero", 7),
        (#"{"a": 1.}"#, "invalid number: a digit must follow '.'", 8),
        (#"{"a": -}"#, "invalid number: a digit must follow '-'", 7),
        (#"{"a": 1e}"#, "invalid number: a digit must follow the exponent", 8),
        (#"{"a": tru}"#, "invalid literal, expected true", 6),
        (#"{"a": nul"#, "invalid literal, expected null", 6),
        (#"{"a": "x\q"}"#, "invalid escape: backslash followed by 'q'", 8),
        (#"{"a": "\u12G4"}"#, "invalid \\u escape (four hex digits expected)", 7),
        ("{\"a\": \"tab\there\"}", "unescaped control character byte 0x09 in a string", 10),
        (#"{"a": "open}"#, "unterminated string", 6),
        (#"{"a": [1 2]}"#, "expected ',' or ']', found '2'", 9),
        (#"{"a": {"b" 1}}"#, "expected ':' after a key", 11),
        (#"{"a": 1} x"#, "unexpected text after the JSON object", 9),
        (#"{a: 1}"#, "expected a string key", 1),
        (#"{"a": 'x'}"#, "unexpected character ''', expected a value", 6),
    ])
    func syntaxErrorsSayWhatAndWhere(line: String, message: String, offset: Int) {
        #expect(syntaxError(line) == JSONSyntaxError(offset: offset, message: message))
    }

    @Test func nestingIsLimited() {
        let deep = "{\"a\": " + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
        #expect(syntaxError(deep)?.message == "nesting deeper than 512")
        let fine = "{\"a\": " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}"
        #expect(syntaxError(fine) == nil)
    }

    @Test func longStringsWithSpecialBytesAtEveryAlignment() throws {
        // The scanner skips eight bytes at a time: a quote or backslash at any position must still be seen.
        for prefix in 0..<17 {
            let body = String(repeating: "ก", count: prefix) + "\\\"" + String(repeating: "x", count: prefix)
            let result = try members("{\"t\": \"\(body)\", \"n\": 1}")
            #expect(result.map(\.key) == ["t", "n"])
            #expect(result[0].hasEscapes)
        }
    }
}
