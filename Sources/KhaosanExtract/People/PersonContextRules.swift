import KhaosanCore
import KhaosanText

/// Person names without a title, found by their context: a two-word name in
/// quotes, as headlines write them (“ชาญศิลป์ ตรีนุชกร”). (A name glued after a
/// role noun, "อธิบดีระพีพงศ์ วงศ์ดี", was tried and cost more precision on TRAIN
/// than it gained recall.) Offsets are scalar offsets of the normalised text.
struct PersonContextRules {
    let reader: PersonNameReader
    /// Organisation heads: a quoted phrase starting with one is an organisation.
    let organisationHeads: ScalarTrie

    private var scalars: [Unicode.Scalar] { reader.scalars }

    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "'", "‘"]
    static let closingQuotes: Set<Unicode.Scalar> = ["\"", "”", "'", "’"]

    /// A quoted "given family" name whose opening quote is at `quote`.
    func quotedName(at quote: Int) -> (given: ScalarRange, family: ScalarRange)? {
        guard Self.openingQuotes.contains(scalars[quote]) else { return nil }
        let givenStart = quote + 1
        guard givenStart < scalars.count, ScalarClass.isThaiWordScalar(scalars[givenStart]) else { return nil }
        let givenEnd = reader.thaiRunEnd(from: givenStart)
        guard givenEnd - givenStart >= 2, givenEnd + 1 < scalars.count, scalars[givenEnd] == " ",
              // "ประวิตรฯ เน้น…": a name shortened with ฯ is never followed by a family name.
              scalars[givenEnd - 1] != PersonNameReader.abbreviationMark else { return nil }
        let familyStart = givenEnd + 1
        let familyEnd = reader.thaiRunEnd(from: familyStart)
        // Names are short; slogans in quotes ("ติดปีกความรู้ มุ่งสู่อาชีพนักบิน") are not.
        guard givenEnd - givenStart <= 10, familyEnd - familyStart <= 13,
              familyEnd - familyStart >= 2, familyEnd < scalars.count, Self.closingQuotes.contains(scalars[familyEnd]),
              isPlainName(ScalarRange(givenStart, givenEnd)), isPlainName(ScalarRange(familyStart, familyEnd)),
              // "บำบัดทุกข์ บำรุงสุข": a slogan whose first half is a word that is never a given name.
              !reader.isNotGivenName(ScalarRange(givenStart, givenEnd)) else { return nil }
        return (ScalarRange(givenStart, givenEnd), ScalarRange(familyStart, familyEnd))
    }

    /// A run that does not start with a stop word, role, title or organisation head.
    private func isPlainName(_ range: ScalarRange) -> Bool {
        !reader.startsStopWord(at: range.start) && organisationHeads.longestMatchEnd(in: scalars, at: range.start) == nil
            && reader.cutNamePart(from: range.start, runEnd: range.end, strongOnly: true) == range.end
    }
}
