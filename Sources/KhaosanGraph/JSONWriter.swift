import KhaosanIO

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

    /// Appends `s` as a JSON string literal (`JSONStringEscaper`, control characters as \u00XX).
    static func appendString(_ s: String, to out: inout [UInt8]) {
        JSONStringEscaper.append(s, to: &out)
    }

    /// Appends the UTF-8 bytes `utf8` as a JSON string literal.
    static func appendString(utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        JSONStringEscaper.append(utf8: utf8, to: &out)
    }
}
