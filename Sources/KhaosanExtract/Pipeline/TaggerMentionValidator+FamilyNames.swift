import KhaosanCore
import KhaosanText

/// Rule 14: a tagger PERSON that stops at the space after the given name although the family name
/// follows ("คุณอาชวันต์| กงกะนันท์ รองผู้อำนวยการ…", "พันจ่าเอก ประเสริฐ| มาลัย ผู้อำนวยการ…").
extension TaggerMentionValidator {
    /// Most spaces read between the given and the family name, and between the family name and the role.
    static let maxFamilyNameGap = 8
    /// Longest family name taken (scalars).
    static let maxFamilyName = 16
    /// Shortest role noun accepted after the family name (scalars): โฆษก, อธิบดี, ผู้อำนวยการ.
    static let minRoleAfterFamilyName = 4

    /// `mention` run over the family name after it when it is a tagger PERSON whose last word (after its
    /// titles) is one Thai word, followed by spaces, one Thai word of 2–`maxFamilyName` scalars that starts with no
    /// role, title or stop word (one of 3+ scalars, or the whole word), then spaces and a role noun of `minRoleAfterFamilyName`+ scalars. `text`
    /// holds the source scalars; `occupied` tells whether another mention covers an offset.
    func withFamilyName(_ mention: Mention, text: [Unicode.Scalar], occupied: (Int) -> Bool) -> Mention {
        guard mention.source == RuleTaggerCombination.taggerSource, mention.label == .person, mention.range.end < text.count,
              let last = mention.text.unicodeScalars.last, ScalarClass.isThaiWordScalar(last),
              mention.range.end - mention.range.start <= Self.maxFamilyName * 2 else { return mention }
        let lists = PersonWordLists.bundled
        // One word, or a title and one word ("พันจ่าเอก ประเสริฐ"): a span with a family name already stays.
        let words = mention.text.split(separator: " ")
        guard words.count == 1 || (words.count == 2 && lists.titles.longestMatchEnd(in: Array(words[0].unicodeScalars), at: 0)
                                     == words[0].unicodeScalars.count) else { return mention }
        var familyStart = mention.range.end
        while familyStart < text.count, familyStart - mention.range.end < Self.maxFamilyNameGap,
              ScalarClass.isWordSpace(text[familyStart]) { familyStart += 1 }
        guard familyStart > mention.range.end, familyStart < text.count, ScalarClass.isThaiWordScalar(text[familyStart]),
              ScalarClass.canStartThaiWord(text[familyStart]), !occupied(familyStart) else { return mention }
        var familyEnd = familyStart
        while familyEnd < text.count, ScalarClass.isThaiWordScalar(text[familyEnd]) { familyEnd += 1 }
        let length = familyEnd - familyStart
        guard (2...Self.maxFamilyName).contains(length),
              lists.roles.longestMatchEnd(in: text, at: familyStart) == nil,
              lists.titles.longestMatchEnd(in: text, at: familyStart) == nil,
              !lists.stops.hasMatch(in: text, at: familyStart, endingWhere: { $0 - familyStart >= 3 || $0 == familyEnd })
        else { return mention }
        var roleStart = familyEnd
        while roleStart < text.count, roleStart - familyEnd < Self.maxFamilyNameGap, ScalarClass.isWordSpace(text[roleStart]) {
            roleStart += 1
        }
        guard roleStart > familyEnd, let roleEnd = lists.roles.longestMatchEnd(in: text, at: roleStart),
              roleEnd - roleStart >= Self.minRoleAfterFamilyName else { return mention }
        var extended = mention
        extended.range = ScalarRange(mention.range.start, familyEnd)
        extended.text = String(String.UnicodeScalarView(text[mention.range.start..<familyEnd]))
        return extended
    }

    /// `mentions` with rule 14 applied (`withFamilyName`), in order.
    func withFamilyNames(_ mentions: [Mention], text: [Unicode.Scalar]) -> [Mention] {
        let covered = SpanOverlapIndex(mentions.map(\.range))
        return mentions.map { mention in
            withFamilyName(mention, text: text) { covered.overlapsAny(ScalarRange($0, $0 + 1)) }
        }
    }
}
