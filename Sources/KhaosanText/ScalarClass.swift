/// Character classes of single Unicode scalars, the one set every layer uses. Where callers
/// need different sets, each variant has its own name and says exactly which scalars it holds.
package enum ScalarClass {
    // MARK: Thai

    /// Thai consonants ก–ฮ (U+0E01–U+0E2E).
    @inlinable @inline(__always)
    package static func isThaiConsonant(_ s: Unicode.Scalar) -> Bool { s.value >= 0x0E01 && s.value <= 0x0E2E }

    /// Whether a Thai word can begin with `s`: a consonant (ก…ฮ) or a leading vowel (เ แ โ ใ ไ,
    /// U+0E40–U+0E44), not a following vowel or tone mark ("นา|ยาว" read as นาย + "าว" is inside a word).
    @inlinable @inline(__always)
    package static func canStartThaiWord(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x0E01 && v <= 0x0E2E) || (v >= 0x0E40 && v <= 0x0E44)
    }

    /// Thai letters, vowels and tone marks (U+0E01–U+0E3A, U+0E40–U+0E4E) but not ฯ (U+0E2F)
    /// or ๆ (U+0E46); not digits, ฿, ๏ ๚ ๛ or the unassigned U+0E3B–U+0E3E.
    @inlinable @inline(__always)
    package static func isThaiLetterOrMark(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x0E01 && v <= 0x0E3A && v != 0x0E2F) || (v >= 0x0E40 && v <= 0x0E4E && v != 0x0E46)
    }

    /// What a Thai word is made of: `isThaiLetterOrMark` plus ฯ (paiyannoi) and ๆ (mai yamok),
    /// i.e. U+0E01–U+0E3A and U+0E40–U+0E4E.
    @inlinable @inline(__always)
    package static func isThaiWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x0E01 && v <= 0x0E3A) || (v >= 0x0E40 && v <= 0x0E4E)
    }

    /// The whole Thai block before ๏ and the digits, U+0E01–U+0E4E: `isThaiWordScalar` plus
    /// ฿ (U+0E3F) and the unassigned U+0E3B–U+0E3E.
    @inlinable @inline(__always)
    package static func isThaiLetterOrSign(_ s: Unicode.Scalar) -> Bool { s.value >= 0x0E01 && s.value <= 0x0E4E }

    // MARK: Latin

    /// ASCII letters A–Z, a–z.
    @inlinable @inline(__always)
    package static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// ASCII capitals A–Z.
    @inlinable @inline(__always)
    package static func isASCIIUppercase(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }

    /// ASCII digits 0–9.
    @inlinable @inline(__always)
    package static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// ASCII letters and U+00C0–U+024F (Latin-1 letters through Latin Extended-B; the range
    /// holds × and ÷ too).
    @inlinable @inline(__always)
    package static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F)
    }

    /// A–Z and U+00C0–U+00DE (Latin-1 capitals; the range holds × too).
    @inlinable @inline(__always)
    package static func isLatinUppercase(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0xC0 && s.value <= 0xDE)
    }

    // MARK: Spaces and breaks

    /// The spaces between words on a line: space, tab, no-break space.
    @inlinable @inline(__always)
    package static func isWordSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{A0}" }

    /// `isWordSpace` plus zero-width space (U+200B), thin space (U+2009) and narrow no-break
    /// space (U+202F): what may separate the parts of a date. Never a line break.
    @inlinable @inline(__always)
    package static func isInlineSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0xA0, 0x200B, 0x2009, 0x202F: return true
        default: return false
        }
    }

    /// Line breaks: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    @inlinable @inline(__always)
    package static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// Any Unicode whitespace, line breaks included.
    @inlinable
    package static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x20 || v == 0x09 || v == 0xA0 || isLineBreak(s) { return true }
        // The Thai block holds no whitespace: skip the property lookup for most of the text.
        if v &- 0x0E00 < 0x80 { return false }
        return v > 0x7F && s.properties.isWhitespace
    }

    /// Invisible marks ThaiNER keeps attached to the preceding word (BOM, zero-width space).
    @inlinable @inline(__always)
    package static func isInvisible(_ s: Unicode.Scalar) -> Bool { s == "\u{FEFF}" || s == "\u{200B}" }

    // MARK: Punctuation around sentences

    /// Closing quotes and brackets that may follow a sentence's final mark.
    @inlinable
    package static func isClosing(_ s: Unicode.Scalar) -> Bool {
        [0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x300D, 0x300F].contains(s.value)
    }

    /// Opening quotes and brackets that may precede an abbreviation.
    @inlinable
    package static func isOpening(_ s: Unicode.Scalar) -> Bool {
        [0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0xAB, 0x300C, 0x300E].contains(s.value)
    }
}
