/// A minimal, strict JSON parser for one JSON Lines record: a top-level object
/// whose members are located (byte ranges) but whose values are decoded only on
/// demand. Nested values are validated and kept as their verbatim JSON text.
///
/// Written by hand because Foundation's `JSONSerialization` builds an `NSDictionary`
/// of every value and is several times slower on news archives (see
/// `scripts/bench-ingest.sh`). It follows RFC 8259: no comments, no trailing
/// commas, no unescaped control characters in strings, no lone surrogates.
/// When a key repeats, the last member wins (as in `JSONSerialization` and Python).
package struct JSONLineParser {
    /// Nesting deeper than this is rejected (it would only be kept verbatim anyway).
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The members of the object that `line` holds, in order. Throws
    /// `JSONSyntaxError` when the line is not exactly one JSON object
    /// (surrounding whitespace allowed).
    package static func members(of line: UnsafeBufferPointer<UInt8>) throws -> [JSONMember] {
        var parser = JSONLineParser(bytes: line)
        parser.skipWhitespace()
        guard parser.position < line.count else { throw parser.error("empty line, expected a JSON object") }
        guard line[parser.position] == UInt8(ascii: "{") else {
            throw parser.error("expected a JSON object starting with '{'")
        }
        let members = try parser.parseTopLevelObject()
        parser.skipWhitespace()
        guard parser.position == line.count else { throw parser.error("unexpected text after the JSON object") }
        return members
    }

    /// The elements of the array that `bytes` holds (surrounding whitespace allowed), in
    /// order, each as a `JSONMember` with an empty key. Throws `JSONSyntaxError` when `bytes`
    /// is not exactly one JSON array.
    package static func elements(ofArray bytes: UnsafeBufferPointer<UInt8>) throws -> [JSONMember] {
        var parser = JSONLineParser(bytes: bytes)
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "[") else { throw parser.error("expected a JSON array starting with '['") }
        parser.position += 1
        var elements: [JSONMember] = []
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: "]") {
            parser.position += 1
        } else {
            scanning: while true {
                parser.skipWhitespace()
                let start = parser.position
                let (kind, escaped) = try parser.scanValue(depth: 1)
                elements.append(JSONMember(key: "", kind: kind, valueRange: start..<parser.position, hasEscapes: escaped))
                parser.skipWhitespace()
                switch parser.peek() {
                case UInt8(ascii: ","): parser.position += 1
                case UInt8(ascii: "]"): parser.position += 1; break scanning
                case nil: throw parser.error("unterminated array")
                default: throw parser.error("expected ',' or ']' after an element")
                }
            }
        }
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.error("unexpected text after the JSON array") }
        return elements
    }

    private mutating func parseTopLevelObject() throws -> [JSONMember] {
        position += 1 // {
        var members: [JSONMember] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { position += 1; return members }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a string key") }
            let keyStart = position
            let keyEscaped = try scanString()
            let key = try JSONStringDecoder.decode(bytes, range: keyStart..<position, hasEscapes: keyEscaped)
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
            position += 1
            skipWhitespace()
            let valueStart = position
            let (kind, escaped) = try scanValue(depth: 1)
            members.append(JSONMember(key: key, kind: kind, valueRange: valueStart..<position, hasEscapes: escaped))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
                if peek() == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
            case UInt8(ascii: "}"): position += 1; return members
            case nil: throw error("unterminated object (the line ends before '}')")
            default: throw error("expected ',' or '}' after the value of \"\(key)\"")
            }
        }
    }

    /// Skips one value; returns its kind and, for a string, whether it has escapes.
    private mutating func scanValue(depth: Int) throws -> (JSONValueKind, Bool) {
        guard let byte = peek() else { throw error("expected a value, the line ends") }
        switch byte {
        case UInt8(ascii: "\""): return (.string, try scanString())
        case UInt8(ascii: "{"): try scanContainer(close: UInt8(ascii: "}"), depth: depth + 1, keyed: true); return (.object, false)
        case UInt8(ascii: "["): try scanContainer(close: UInt8(ascii: "]"), depth: depth + 1, keyed: false); return (.array, false)
        case UInt8(ascii: "t"): try scanLiteral("true"); return (.bool, false)
        case UInt8(ascii: "f"): try scanLiteral("false"); return (.bool, false)
        case UInt8(ascii: "n"): try scanLiteral("null"); return (.null, false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber(); return (.number, false)
        default: throw error("unexpected character \(describe(byte)), expected a value")
        }
    }

    private mutating func scanContainer(close: UInt8, depth: Int, keyed: Bool) throws {
        guard depth <= JSONLineParser.maximumDepth else { throw error("nesting deeper than \(JSONLineParser.maximumDepth)") }
        position += 1
        skipWhitespace()
        if peek() == close { position += 1; return }
        while true {
            skipWhitespace()
            if keyed {
                guard peek() == UInt8(ascii: "\"") else { throw error("expected a string key") }
                let keyStart = position
                let escaped = try scanString()
                _ = try JSONStringDecoder.decode(bytes, range: keyStart..<position, hasEscapes: escaped)
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
                position += 1
                skipWhitespace()
            }
            _ = try scanValue(depth: depth)
            skipWhitespace()
            guard let byte = peek() else { throw error("unterminated \(keyed ? "object" : "array")") }
            if byte == close { position += 1; return }
            guard byte == UInt8(ascii: ",") else {
                throw error("expected ',' or '\(Character(Unicode.Scalar(close)))', found \(describe(byte))")
            }
            position += 1
        }
    }

    /// Skips a string starting at `"`, checking escapes and control characters;
    /// returns whether it contains escapes. UTF-8 validity is checked when decoded.
    private mutating func scanString() throws -> Bool {
        let opening = position
        position += 1
        var escaped = false
        let count = bytes.count
        while position < count {
            position = JSONLineParser.skipPlainStringBytes(bytes, from: position)
            guard position < count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { position += 1; return escaped }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard position + 1 < count else { break }
                switch bytes[position + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                     UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    position += 2
                case UInt8(ascii: "u"):
                    guard position + 5 < count,
                          (2...5).allSatisfy({ JSONStringDecoder.hexValue(bytes[position + $0]) != nil }) else {
                        throw error("invalid \\u escape (four hex digits expected)")
                    }
                    position += 6
                default:
                    throw error("invalid escape: backslash followed by \(describe(bytes[position + 1]))")
                }
                continue
            }
            if byte < 0x20 { throw error("unescaped control character \(describe(byte)) in a string") }
            position += 1
        }
        position = opening
        throw error("unterminated string")
    }

    /// The first offset ≥ `start` holding `"`, `\\` or a control character (or
    /// the end), skipping eight bytes at a time: string contents are most of a news archive.
    @inline(__always)
    private static func skipPlainStringBytes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = ones &* 0x22, backslashes = ones &* 0x5C, controls = ones &* 0x20
        var position = start
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while position + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let quote = word ^ quotes, backslash = word ^ backslashes
            // Classic SWAR tests: a zero byte in `quote`/`backslash`, a byte below 0x20 in `word`.
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- controls) & ~word)
            if special & highs != 0 { return position }
            position += 8
        }
        return position
    }

    private mutating func scanLiteral(_ literal: StaticString) throws {
        let length = literal.utf8CodeUnitCount
        guard position + length <= bytes.count else { throw error("invalid literal, expected \(literal)") }
        for offset in 0..<length where bytes[position + offset] != literal.utf8Start[offset] {
            throw error("invalid literal, expected \(literal)")
        }
        position += length
    }

    /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func scanNumber() throws {
        if peek() == UInt8(ascii: "-") { position += 1 }
        guard let first = peek(), isDigit(first) else { throw error("invalid number: a digit must follow '-'") }
        position += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard let digit = peek(), isDigit(digit) else { throw error("invalid number: a digit must follow '.'") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard let digit = peek(), isDigit(digit) else { throw error("invalid number: a digit must follow the exponent") }
            skipDigits()
        }
        if let next = peek(), isDigit(next) { throw error("invalid number: leading zero") }
    }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(byte < 16 ? "0" : "")\(String(byte, radix: 16, uppercase: true))"
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: position, message: message)
    }
}
