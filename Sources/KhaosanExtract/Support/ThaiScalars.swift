/// Character classes of single Unicode scalars used by the extractors.
enum ThaiScalars {
    /// A Thai letter, vowel or tone mark (U+0E01–U+0E3A, U+0E40–U+0E4E), including
    /// ฯ (paiyannoi) and ๆ (mai yamok); not Thai digits or ๏ ๚ ๛.
    static func isThaiLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0E01...0x0E3A).contains(v) || (0x0E40...0x0E4E).contains(v)
    }

    /// Whether a Thai word can begin with `s`: a consonant (ก…ฮ) or a leading vowel (เ แ โ ใ ไ),
    /// not a following vowel or tone mark ("นา|ยาว" read as นาย + "าว" is inside a word).
    static func canStartThaiWord(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x0E01...0x0E2E).contains(v) || (0x0E40...0x0E44).contains(v)
    }

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v)
    }

    static func isLatinUppercase(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value) || (0xC0...0xDE).contains(s.value)
    }

    /// Space-like separators between words (space, tab, no-break space).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{00A0}"
    }

    /// Invisible marks ThaiNER keeps attached to the preceding word (BOM, zero-width space).
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        s == "\u{FEFF}" || s == "\u{200B}"
    }
}
