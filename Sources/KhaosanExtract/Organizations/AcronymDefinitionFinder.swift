import KhaosanCore
import KhaosanText

/// Finds acronyms and other names defined right after an organisation name,
/// the ThaiNER way — two ORG spans:
/// "หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.)", "… หรือ บพท.",
/// "โครงการตั้งถิ่นฐานของมนุษย์แห่งสหประชาชาติ (UN-Habitat)",
/// "เครือข่าย…ของยูเนสโก (UNESCO Global Network of Learning Cities)".
///
/// Sets `MentionAttribute.acronym` on the long form and `longForm` on the
/// acronym; a Latin name in parentheses is an `alternateName` of both sides.
enum AcronymDefinitionFinder {
    /// The definition following `longForm` (a range of the normalised text), if any.
    /// Returns the long form with its new attributes and the defined span. A title before a
    /// ministry's acronym ("(รมว.วธ.)") is left out of the span (`MinistryShortNameFinder.withoutLeadingTitle`).
    static func definition(after longForm: OrganizationCandidate, in index: TokenIndex,
                           ministries: MinistryShortNameFinder)
        -> (longForm: OrganizationCandidate, defined: OrganizationCandidate)? {
        let scalars = index.scalars
        var i = longForm.range.end
        while i < scalars.count, scalars[i] == " " { i += 1 }
        guard i < scalars.count, i - longForm.range.end <= 2 else { return nil }
        var range: ScalarRange? = nil
        if scalars[i] == "(" {
            var k = i + 1
            while k < scalars.count, k - i <= 81, scalars[k] != ")", scalars[k] != "(", scalars[k] != "\n" { k += 1 }
            if k < scalars.count, scalars[k] == ")", k > i + 1 { range = ScalarRange(i + 1, k) }
        } else if index.hasPrefix("หรือ", at: i), i > longForm.range.end {
            var start = i + "หรือ".unicodeScalars.count
            guard start < scalars.count, scalars[start] == " " else { return nil }
            while start < scalars.count, scalars[start] == " " { start += 1 }
            var k = start
            while k < scalars.count, scalars[k] != " ", scalars[k] != "\n", scalars[k] != ",", scalars[k] != ")" { k += 1 }
            if k > start { range = ScalarRange(start, k) }
        }
        guard let definedRange = range.map({ ministries.withoutLeadingTitle($0, in: index) }), let shape = AcronymShape.of(index.text(definedRange)),
              scalars[i] == "(" || shape != .latinName else { return nil }
        // "…ของยูเนสโก (UNESCO Global Network…)": the English name is the whole
        // phrase's, not the possessor's.
        if shape == .latinName, let first = index.token(startingAt: longForm.range.start), first > 0,
           ["ของ", "แห่ง"].contains(index.texts[first - 1]) { return nil }
        let definedText = index.text(definedRange)
        let longText = index.text(longForm.range)
        var long = longForm
        var defined = OrganizationCandidate(range: definedRange, source: "org.acronym-definition")
        if shape == .latinName {
            long.attributes[MentionAttribute.alternateName] = definedText
            defined.attributes[MentionAttribute.alternateName] = longText
        } else {
            long.attributes[MentionAttribute.acronym] = definedText
            defined.attributes[MentionAttribute.longForm] = longText
        }
        return (long, defined)
    }

    /// Leading vowels written before the consonant they follow in speech (เ แ โ ใ ไ).
    static func isLeadingVowel(_ s: Unicode.Scalar) -> Bool { (0x0E40...0x0E44).contains(s.value) }

    /// The long form of a Thai acronym in parentheses that no known or head-led
    /// name precedes: "…ให้การยางแห่งประเทศไทย (กยท.)" → "การยางแห่งประเทศไทย".
    ///
    /// A Schwartz–Hearst-style match: the acronym's consonants are found right to
    /// left in the Thai run before "(", the first one at the start of a token
    /// (after a leading vowel if any). The shortest such long form wins.
    /// - Parameter open: offset of "(" (normalised text).
    static func longForm(of acronym: String, before open: Int, in index: TokenIndex) -> ScalarRange? {
        let scalars = index.scalars
        let letters = acronym.unicodeScalars.filter(ScalarClass.isThaiConsonant)
        guard letters.count >= 2 else { return nil }
        var end = open
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        var runStart = end
        while runStart > 0, end - runStart < 80, ScalarClass.isThaiLetterOrSign(scalars[runStart - 1]) { runStart -= 1 }
        guard end - runStart >= letters.count * 2, index.token(endingAt: end) != nil else { return nil }
        var i = end - 1
        for (k, letter) in letters.enumerated().reversed() {
            var found: Int? = nil
            var p = i
            while p >= runStart {
                if scalars[p] == letter {
                    if k > 0 { found = p; break }
                    if let start = wordStart(at: p, in: index) { found = start; break }
                }
                p -= 1
            }
            guard let position = found else { return nil }
            i = position - 1
            if k == 0 {
                // "การ" before a state enterprise's name is part of it ("การ|รถไฟแห่งประเทศไทย").
                var start = position
                let tail = index.text(ScalarRange(position, end))
                if start >= 3, index.hasPrefix("การ", at: start - 3),
                   tail.hasSuffix("แห่งประเทศไทย") || tail.hasSuffix("แห่งชาติ") { start -= 3 }
                // A role ("ผู้บัญชาการทหารเรือ (ผบ.ทร.)") is no organisation.
                if index.hasPrefix("ผู้", at: start) { return nil }
                return ScalarRange(start, end)
            }
        }
        return nil
    }

    /// The token start at consonant offset `p`, or the one just before it when a
    /// leading vowel starts the token; "การ" counts as a word start anywhere.
    private static func wordStart(at p: Int, in index: TokenIndex) -> Int? {
        if index.token(startingAt: p) != nil { return p }
        if index.hasPrefix("การ", at: p) { return p }   // ICU glues "ให้การ"
        if p > 0, isLeadingVowel(index.scalars[p - 1]), index.token(startingAt: p - 1) != nil { return p - 1 }
        return nil
    }
}
