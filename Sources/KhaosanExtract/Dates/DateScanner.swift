import KhaosanCore
import KhaosanText

/// Finds date expressions in normalised text with one left-to-right pass.
///
/// Only digits and the first letters of date words (a table lookup) can start
/// a candidate; everything else is skipped at the cost of one comparison. No
/// ICU call happens here: values are computed later by `DateResolver`.
/// Offsets are Unicode scalar offsets of the scanned text.
struct DateScanner: Sendable {
    let vocabulary: DateVocabulary
    let convention: DateSpanConvention

    /// All date expressions of `text`, in order, not overlapping.
    func scan(_ text: [Unicode.Scalar]) -> [DateMatch] {
        var matches: [DateMatch] = []
        var i = 0
        let n = text.count
        while i < n {
            let scalar = text[i]
            if DateScalars.isDigit(scalar) {
                var match: DateMatch?
                if i == 0 || !blocksNumber(text[i - 1]) {
                    match = matchFromNumber(text, i)
                }
                if let match {
                    matches.append(withTense(match, in: text))
                    i = match.range.end
                } else {
                    i = numberEnd(text, i)
                }
            } else if vocabulary.mayStart(text, i), i == 0 || !continuesWord(text[i - 1], scalar),
                      !isInsideInitialism(text, i), let match = matchFromWord(text, i) {
                matches.append(withTense(match, in: text))
                i = match.range.end
            } else {
                i += 1
            }
        }
        return matches
    }

    // MARK: - Cursor helpers

    /// A number cannot start right after a digit, a decimal point, a separator or a Latin letter.
    func blocksNumber(_ previous: Unicode.Scalar) -> Bool {
        DateScalars.isDigit(previous) || ScalarClass.isASCIILetter(previous)
            || previous == "." || previous == "," || previous == "/" || previous == ":"
    }

    /// An English word cannot start inside another Latin word.
    func continuesWord(_ previous: Unicode.Scalar, _ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isASCIILetter(previous) && ScalarClass.isASCIILetter(scalar)
    }

    /// "ค.ศ." inside "ก.ค.ศ.": an abbreviation cannot start right after another
    /// initial and its dot (but "น.วันนี้", after the time unit "น.", is fine).
    func isInsideInitialism(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        i >= 2 && i + 1 < text.count && text[i + 1] == "." && text[i - 1] == "."
            && ScalarClass.isThaiConsonant(text[i - 2])
    }

    func skipSpaces(_ text: [Unicode.Scalar], _ i: Int, limit: Int = 3) -> Int {
        var j = i
        while j < text.count, j - i < limit, ScalarClass.isInlineSpace(text[j]) { j += 1 }
        return j
    }

    func numberEnd(_ text: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < text.count, DateScalars.isDigit(text[j]) { j += 1 }
        return j
    }

    /// The number at `i` (ASCII or Thai digits): value, digit count, end offset.
    func number(_ text: [Unicode.Scalar], _ i: Int) -> (value: Int, digits: Int, end: Int)? {
        var j = i
        var value = 0
        while j < text.count, let digit = DateScalars.digitValue(text[j]) {
            if j - i < 9 { value = value * 10 + digit }
            j += 1
        }
        return j > i ? (value, j - i, j) : nil
    }

    /// Whether a number ending at `end` continues as a decimal, time or thousands ("3.5", "10:30", "1,500").
    func continuesNumber(_ text: [Unicode.Scalar], _ end: Int) -> Bool {
        guard end + 1 < text.count else { return false }
        let next = text[end]
        return (next == "." || next == ":" || next == ",") && DateScalars.isDigit(text[end + 1])
    }

    /// The date word at `i` accepted by `accept`.
    func word(_ text: [Unicode.Scalar], _ i: Int,
              where accept: (DateWord) -> Bool = { _ in true }) -> (word: DateWord, end: Int)? {
        guard i < text.count, vocabulary.mayStart(text, i) else { return nil }
        return vocabulary.longest(in: text, at: i, where: accept)
    }

    /// The end of a range separator at `i` ("-", "–", and with the project
    /// convention "ถึง" / "ถึงวันที่" / "ถึงเดือน"), spaces around it included; nil if none.
    func rangeSeparator(_ text: [Unicode.Scalar], _ i: Int) -> Int? {
        let j = skipSpaces(text, i)
        if j < text.count, DateScalars.isDash(text[j]) { return skipSpaces(text, j + 1) }
        if convention.joinsWithThueng, let k = literal(text, j, "ถึง") {
            let afterSpaces = skipSpaces(text, k)
            if let m = literal(text, afterSpaces, "วันที่") ?? literal(text, afterSpaces, "เดือน") {
                return skipSpaces(text, m)
            }
            return afterSpaces
        }
        return nil
    }

    /// The end of `literal` if the text at `i` spells it.
    func literal(_ text: [Unicode.Scalar], _ i: Int, _ literal: String) -> Int? {
        var j = i
        for scalar in literal.unicodeScalars {
            guard j < text.count, text[j] == scalar else { return nil }
            j += 1
        }
        return j
    }

    static let meuea = Array("เมื่อ".unicodeScalars)

    /// Whether `needle` occurs in `text[from..<to]` (scalar comparison, no String built).
    func occurs(_ needle: [Unicode.Scalar], in text: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        guard let first = needle.first, to - from >= needle.count else { return false }
        var i = from
        while i + needle.count <= to {
            if text[i] == first {
                var k = 1
                while k < needle.count && text[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the text just before `i` (spaces skipped) ends with `literal`.
    func preceded(_ text: [Unicode.Scalar], _ i: Int, by literal: String) -> Bool {
        var j = i
        while j > 0, ScalarClass.isInlineSpace(text[j - 1]), i - j < 3 { j -= 1 }
        let scalars = Array(literal.unicodeScalars)
        guard j >= scalars.count else { return false }
        return Array(text[(j - scalars.count)..<j]) == scalars
    }

    // MARK: - Tense

    /// Marks yearless dates followed by "ที่ผ่านมา" / "ที่แล้ว" or preceded by "เมื่อ" as past,
    /// and those followed by "นี้" / "ที่จะถึง" as coming.
    func withTense(_ match: DateMatch, in text: [Unicode.Scalar]) -> DateMatch {
        var match = match
        let after = skipSpaces(text, match.range.end)
        if literal(text, after, "ของทุกปี") != nil || literal(text, after, "ทุกปี") != nil {
            match.tense = .everyYear
        } else if literal(text, after, "ที่ผ่านมา") != nil || literal(text, after, "ที่แล้ว") != nil {
            match.tense = .past
        } else if literal(text, after, "นี้") != nil || literal(text, after, "ที่จะถึง") != nil {
            match.tense = .coming
        } else {
            if occurs(Self.meuea, in: text, from: max(0, match.range.start - 14), to: match.range.start) {
                match.tense = .past
            }
        }
        return match
    }
}
