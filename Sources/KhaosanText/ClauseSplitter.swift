import KhaosanCore

/// Splits Thai news text into sentences and clauses (ICU's Thai sentence
/// breaker is unusable on news: it breaks only at ". ! ?" and inside "พ.ศ.", never
/// at the spaces that end Thai clauses).
///
/// - A **sentence** ends at a line break, or at ". ! ?" (and any closing quote
///   or bracket after it) followed by whitespace or the end of the text — except
///   after an abbreviation (`AbbreviationList`, dotted forms like "พ.ศ.", "U.S.",
///   Thai acronyms — a dot after two or more consonants, "บพท.", "ทั้งนี้ออท." —
///   single letters like "จ." or "J."), an ellipsis, or a list number ("1.", "1.2."). A full stop inside a number ("3.5",
///   "09.00") is never followed by whitespace, so never ends anything.
/// - A **clause** is a sentence further cut at each run of spaces between two
///   Thai runs (a Thai letter or mark before, a Thai consonant or leading vowel
///   after; not before ๆ or ฯ). Thai writes a space between a given and a
///   family name ("สุภกร พงศบางโพธิ์"), so names can span two clauses:
///   extractors must not require a name to sit inside one clause.
///
/// Ranges are scalar offsets of the text given (the normalised text in the
/// pipeline), in order, non-empty, without surrounding whitespace.
public enum ClauseSplitter {
    /// Clauses of `scalars`. `tokens` are the document's tokens (unused for now:
    /// every decision is made on scalars).
    public static func clauses(of scalars: [Unicode.Scalar], tokens: [Token],
                               abbreviations: AbbreviationList = .bundled) -> [ScalarRange] {
        split(scalars, atThaiSpaces: true, abbreviations: abbreviations)
    }

    /// Sentences of `scalars` (line breaks and sentence punctuation only).
    public static func sentences(of scalars: [Unicode.Scalar],
                                 abbreviations: AbbreviationList = .bundled) -> [ScalarRange] {
        split(scalars, atThaiSpaces: false, abbreviations: abbreviations)
    }

    static func split(_ s: [Unicode.Scalar], atThaiSpaces: Bool, abbreviations: AbbreviationList) -> [ScalarRange] {
        var result: [ScalarRange] = []
        var pieceStart = 0
        func cut(_ end: Int, resumeAt next: Int) {
            var a = pieceStart, b = end
            while a < b && ScalarClass.isWhitespace(s[a]) { a += 1 }
            while b > a && ScalarClass.isWhitespace(s[b - 1]) { b -= 1 }
            if b > a { result.append(ScalarRange(a, b)) }
            pieceStart = next
        }
        let n = s.count
        var i = 0
        while i < n {
            let v = s[i].value
            if ScalarClass.isLineBreak(s[i]) {
                cut(i, resumeAt: i + 1)
                i += 1
            } else if v == 0x2E || v == 0x21 || v == 0x3F {
                var j = i + 1
                while j < n && [0x2E, 0x21, 0x3F].contains(s[j].value) { j += 1 }
                while j < n && ScalarClass.isClosing(s[j]) { j += 1 }
                if (j == n || ScalarClass.isWhitespace(s[j])) && endsSentence(s, mark: i, runEnd: j, abbreviations) {
                    cut(j, resumeAt: j)
                }
                i = j
            } else if atThaiSpaces && v == 0x20 && i > 0 {
                var j = i + 1
                while j < n && s[j].value == 0x20 { j += 1 }
                if j < n && ScalarClass.isThaiWordScalar(s[i - 1]) && ScalarClass.canStartThaiWord(s[j]) {
                    cut(i, resumeAt: j)
                }
                i = j
            } else {
                i += 1
            }
        }
        cut(n, resumeAt: n)
        return result
    }

    /// Whether the ". ! ?" at `mark` ends a sentence.
    static func endsSentence(_ s: [Unicode.Scalar], mark: Int, runEnd: Int, _ abbreviations: AbbreviationList) -> Bool {
        var last = mark
        while last + 1 < runEnd && [0x2E, 0x21, 0x3F].contains(s[last + 1].value) { last += 1 }
        let marks = s[mark...last].map(\.value)
        if marks.contains(0x21) || marks.contains(0x3F) { return true }
        if marks.count > 1 { return false } // ellipsis ".." / "..."
        // The chunk: from the previous whitespace (or opening bracket/quote) to the dot.
        var start = mark
        while start > 0 && !ScalarClass.isWhitespace(s[start - 1]) && !ScalarClass.isOpening(s[start - 1]) { start -= 1 }
        let chunk = s[start..<mark]
        if chunk.isEmpty { return false }
        // Numbers: "1." and "1.2." are list numbers; "2565." may end a sentence.
        if chunk.allSatisfy({ ScalarClass.isASCIIDigit($0) || $0.value == 0x2E }) {
            return chunk.count > 2 && !chunk.contains(where: { $0.value == 0x2E })
        }
        if abbreviations.matches(s, start: start, end: mark + 1) || abbreviations.matches(s, start: start, end: mark) {
            return false
        }
        // Dotted abbreviation: "พ.ศ.", "U.S.", "พล.ต.อ." — a short letter run after an inner dot.
        if let innerDot = chunk.lastIndex(where: { $0.value == 0x2E }) {
            let tail = s[(innerDot + 1)..<mark]
            if (1...4).contains(tail.count) && tail.allSatisfy({ ScalarClass.isThaiLetterOrMark($0) || ScalarClass.isASCIILetter($0) }) {
                return false
            }
        }
        // Thai acronym: the dot follows a run of consonants — two or more ("บพท.",
        // "ทั้งนี้ออท.", "/ปวช.", "พันลบ."), or one not preceded by a Thai letter
        // ("จ.", "18.30น."). Thai sentences rarely end with ". ", and a word ending
        // with a vowel or mark ("ทุกพื้นที่.", "ยั่งยืน.") still ends one; one ending
        // in two consonants ("ทุกคน.") is taken for an acronym.
        var run = mark
        while run > start && ScalarClass.isThaiConsonant(s[run - 1]) { run -= 1 }
        let consonants = mark - run
        if consonants >= 2 || (consonants == 1 && (run == start || !ScalarClass.isThaiLetterOrMark(s[run - 1]))) {
            return false
        }
        if chunk.count == 1 && ScalarClass.isASCIILetter(chunk.first!) { return false } // an initial: "J."
        return true
    }
}
