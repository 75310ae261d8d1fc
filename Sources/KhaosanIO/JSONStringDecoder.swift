#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes JSON string literals (RFC 8259 escapes, `\uXXXX` with surrogate
/// pairs) from UTF-8 bytes, rejecting invalid UTF-8 and lone surrogates.
package enum JSONStringDecoder {
    /// The string whose literal (quotes included) occupies `range` of `bytes`.
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, hasEscapes: Bool) throws -> String {
        let content = (range.lowerBound + 1)..<(range.upperBound - 1)
        if !hasEscapes {
            return try validated(UnsafeBufferPointer(rebasing: bytes[content]), offset: content.lowerBound)
        }
        var output: [UInt8] = []
        output.reserveCapacity(content.count)
        var position = content.lowerBound
        var runStart = position
        while position < content.upperBound {
            guard let backslash = memchr(bytes.baseAddress! + position, 0x5C, content.upperBound - position) else {
                position = content.upperBound
                break
            }
            position = bytes.baseAddress!.distance(to: backslash.assumingMemoryBound(to: UInt8.self))
            if runStart < position { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position])) }
            let escape = bytes[position + 1]
            switch escape {
            case UInt8(ascii: "n"): output.append(0x0A); position += 2
            case UInt8(ascii: "t"): output.append(0x09); position += 2
            case UInt8(ascii: "r"): output.append(0x0D); position += 2
            case UInt8(ascii: "b"): output.append(0x08); position += 2
            case UInt8(ascii: "f"): output.append(0x0C); position += 2
            case UInt8(ascii: "u"):
                let scalar = try unicodeEscape(bytes, at: &position, end: content.upperBound)
                appendUTF8(scalar, to: &output)
            default: output.append(escape); position += 2 // \" \\ \/
            }
            runStart = position
        }
        if runStart < position { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position])) }
        return try output.withUnsafeBufferPointer { decoded in
            guard let string = String(validating: decoded, as: UTF8.self) else {
                // Escapes produce valid UTF-8: the invalid bytes were literal; find them in the input.
                let invalid = UTF8Validation.firstInvalidOffset(UnsafeBufferPointer(rebasing: bytes[content])) ?? 0
                throw JSONSyntaxError(offset: content.lowerBound + invalid, message: "invalid UTF-8 in a string")
            }
            return string
        }
    }

    /// The scalar of the `\uXXXX` escape at `position` (joining a surrogate pair), advancing past it.
    private static func unicodeEscape(_ bytes: UnsafeBufferPointer<UInt8>, at position: inout Int, end: Int) throws -> Unicode.Scalar {
        let start = position
        let high = hex4(bytes, position + 2)
        position += 6
        switch high {
        case 0xD800...0xDBFF:
            guard position + 6 <= end, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw JSONSyntaxError(offset: start, message: "lone high surrogate \\u\(hexText(high)) (no low surrogate follows)")
            }
            let low = hex4(bytes, position + 2)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONSyntaxError(offset: start, message: "high surrogate \\u\(hexText(high)) followed by \\u\(hexText(low)), not a low surrogate")
            }
            position += 6
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        case 0xDC00...0xDFFF:
            throw JSONSyntaxError(offset: start, message: "lone low surrogate \\u\(hexText(high))")
        default:
            return Unicode.Scalar(high)!
        }
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 { value = value << 4 | UInt32(hexValue(bytes[start + offset]) ?? 0) }
        return value
    }

    private static func hexText(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        UTF8.encode(scalar) { output.append($0) }
    }

    /// `bytes` as a String, or a `JSONSyntaxError` at the first invalid byte (`offset` is where `bytes` starts in the line).
    static func validated(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) throws -> String {
        if let string = String(validating: bytes, as: UTF8.self) { return string }
        let invalid = UTF8Validation.firstInvalidOffset(bytes) ?? 0
        throw JSONSyntaxError(offset: offset + invalid, message: "invalid UTF-8")
    }
}
