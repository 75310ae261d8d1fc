/// Writes `JSONValue`s as UTF-8 bytes, deterministically: object keys sorted by
/// Unicode code points, two-space indentation down to `prettyDepth` levels and
/// one line per value below it, `\n` line ends, non-ASCII
/// characters written as UTF-8 (not escaped), only `"`, `\` and control
/// characters escaped. Same value ⇒ same bytes on every platform.
public struct JSONWriter: Sendable {
    /// Pretty (indented) or one line.
    public var pretty: Bool
    /// Containers nested deeper than this are written on one line (when `pretty`).
    public var prettyDepth: Int

    public init(pretty: Bool = true, prettyDepth: Int = .max) {
        self.pretty = pretty
        self.prettyDepth = prettyDepth
    }

    public func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(value, indent: 0, into: &out)
        if pretty { out.append(0x0A) }
        return out
    }

    /// Appends `value` written at nesting depth `indent` to `out` (for writers that stream
    /// the members of a large container one at a time).
    public func append(_ value: JSONValue, indent: Int, to out: inout [UInt8]) {
        write(value, indent: indent, into: &out)
    }

    public func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    private func newline(_ indent: Int, _ out: inout [UInt8], _ expand: Bool) {
        guard expand else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    private func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: Array("null".utf8))
        case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
        case .integer(let i): out.append(contentsOf: Array(String(i).utf8))
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: [0x5B, 0x5D]); return }
            let expand = pretty && indent < prettyDepth
            out.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(0x2C) }
                newline(indent + 1, &out, expand)
                write(item, indent: indent + 1, into: &out)
            }
            newline(indent, &out, expand)
            out.append(0x5D)
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: [0x7B, 0x7D]); return }
            let expand = pretty && indent < prettyDepth
            out.append(0x7B)
            // UTF-8 byte order is code-point order.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { out.append(0x2C) }
                newline(indent + 1, &out, expand)
                writeString(key, into: &out)
                out.append(0x3A)
                if expand { out.append(0x20) }
                write(members[key]!, indent: indent + 1, into: &out)
            }
            newline(indent, &out, expand)
            out.append(0x7D)
        }
    }

    private func writeString(_ s: String, into out: inout [UInt8]) {
        Self.appendString(s, to: &out)
    }

    /// Appends `s` as a JSON string literal (quotes; `"`, `\\` and control characters escaped).
    static func appendString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendString(utf8: $0, to: &out) }
    }

    /// Appends the UTF-8 bytes `utf8` as a JSON string literal.
    static func appendString(utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var runStart = 0
        var index = 0
        while true {
            index = nextEscaped(in: utf8, from: index)
            guard index < utf8.count else { break }
            let byte = utf8[index]
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            index += 1
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            default:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        out.append(0x22)
    }

    /// The index of the first byte at or after `start` that must be escaped (below 0x20, `"` or
    /// `\`), or `utf8.count`; eight bytes a step while none is (a word test, then byte by byte).
    private static func nextEscaped(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = utf8.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= utf8.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                // A byte is below 0x20, or zero after the xor, exactly when its `x - n` borrows
                // into a set high bit that `x` lacks (bytes of 0x80 and above never match).
                let below = (word &- ones &* 0x20) & ~word
                let zeroQuote = (quote &- ones) & ~quote, zeroBackslash = (backslash &- ones) & ~backslash
                if (below | zeroQuote | zeroBackslash) & highs != 0 { break }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return index }
            index += 1
        }
        return index
    }
}
