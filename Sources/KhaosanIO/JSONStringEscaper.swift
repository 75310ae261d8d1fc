/// Writes text as a JSON string literal in UTF-8, the one escaper of the package (graph files,
/// extract lines): quotes around it, `"` and `\` escaped, \n \r \t short, the other control
/// characters as \u00XX; everything else, non-ASCII included, written as it is.
package enum JSONStringEscaper {
    /// How U+0008 and U+000C are written: the graph writes `\u0008` `\u000c`, extract lines
    /// (which once came from `JSONEncoder`) `\b` `\f`.
    package enum ControlStyle: Sendable {
        case unicodeEscapes
        case shortBackspaceAndFormFeed
    }

    /// Appends `s` as a JSON string literal.
    package static func append(_ s: String, to out: inout [UInt8], style: ControlStyle = .unicodeEscapes) {
        var s = s
        s.withUTF8 { append(utf8: $0, to: &out, style: style) }
    }

    /// Appends the UTF-8 bytes `utf8` as a JSON string literal.
    package static func append(utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8],
                               style: ControlStyle = .unicodeEscapes) {
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
            case 0x08 where style == .shortBackspaceAndFormFeed: out.append(contentsOf: [0x5C, 0x62])
            case 0x0C where style == .shortBackspaceAndFormFeed: out.append(contentsOf: [0x5C, 0x66])
            default:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        out.append(0x22)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

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
