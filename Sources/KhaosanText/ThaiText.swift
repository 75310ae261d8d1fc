/// Character classes used to split Thai text (scalar values).
package enum ThaiText {
    @inline(__always) package static func isThaiConsonant(_ v: UInt32) -> Bool { v >= 0x0E01 && v <= 0x0E2E }

    /// Thai letters, vowels and marks (not digits, not ฯ ๆ ๏ ๚ ๛).
    @inline(__always) static func isThaiLetterOrMark(_ v: UInt32) -> Bool {
        (v >= 0x0E01 && v <= 0x0E3A && v != 0x0E2F) || (v >= 0x0E40 && v <= 0x0E4E && v != 0x0E46)
    }

    /// A scalar that can end a Thai run before a clause-breaking space.
    @inline(__always) static func endsThaiRun(_ v: UInt32) -> Bool {
        isThaiLetterOrMark(v) || v == 0x0E2F || v == 0x0E46
    }

    /// A scalar that can start a Thai run after a clause-breaking space:
    /// a consonant or a leading vowel (เ แ โ ใ ไ).
    @inline(__always) static func startsThaiRun(_ v: UInt32) -> Bool {
        isThaiConsonant(v) || (v >= 0x0E40 && v <= 0x0E44)
    }

    @inline(__always) static func isASCIIDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    @inline(__always) static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }

    @inline(__always) static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x20 || v == 0x09 || v == 0xA0 || isLineBreak(v) { return true }
        // The Thai block holds no whitespace: skip the property lookup for most of the text.
        if v &- 0x0E00 < 0x80 { return false }
        return v > 0x7F && scalar.properties.isWhitespace
    }

    /// Closing quotes and brackets that may follow a sentence's final mark.
    static func isClosing(_ v: UInt32) -> Bool {
        [0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x300D, 0x300F].contains(v)
    }

    /// Opening quotes and brackets that may precede an abbreviation.
    static func isOpening(_ v: UInt32) -> Bool {
        [0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0xAB, 0x300C, 0x300E].contains(v)
    }
}
