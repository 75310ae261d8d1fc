import KhaosanCore
import KhaosanText

/// Extends a found short name to the left over the head word written before it, which
/// ThaiNER and a reader count as part of the name:
/// - a head and a space before a known ministry's short form or an acronym:
///   "กระทรวง พม.", "กระทรวง ดีอี", "สำนักงาน ป.ป.ช.", "กรม สบส.", "คณะกรรมการ ป.ป.ช.", "ศูนย์ AOC";
/// - the bank abbreviation "ธ." glued before a bank's name: "ธ.กรุงไทย".
///
/// The head must start a word (ICU token start, or no Thai letter before it) and must not
/// belong to the name before (`extend(_:previousEnd:in:)` is given the previous name's end). A lexicon link
/// (`lexiconName`, `wikidata`) is kept when the entry's name starts with the head ("กระทรวง
/// พม." is the ministry of the lexicon entry "กระทรวงการพัฒนาสังคม…"); otherwise the longer
/// name is another body ("สำนักงาน ป.ป.ช." is the commission's office, not the commission)
/// and keeps no link.
struct OrganizationPrefixExtender {
    /// A written head and the head it stands for in full names.
    struct Head {
        let written: [Unicode.Scalar]
        let full: String
        /// Whether a space must separate it from the name ("กระทรวง พม."; glued, "กระทรวงพม."
        /// is found by the lexicon or the head scanner already).
        let spaced: Bool
    }

    static let heads: [Head] = [
        Head(written: Array("กระทรวง".unicodeScalars), full: "กระทรวง", spaced: true),
        Head(written: Array("สำนักงาน".unicodeScalars), full: "สำนักงาน", spaced: true),
        Head(written: Array("กรม".unicodeScalars), full: "กรม", spaced: true),
        Head(written: Array("คณะกรรมการ".unicodeScalars), full: "คณะกรรมการ", spaced: true),
        Head(written: Array("ศูนย์".unicodeScalars), full: "ศูนย์", spaced: true),
        Head(written: Array("ธ.".unicodeScalars), full: "ธนาคาร", spaced: false),
    ]

    /// `candidate` with the head before it, or unchanged; `previousEnd` is the end of the
    /// name before it (the head may not start before it).
    func extend(_ candidate: OrganizationCandidate, previousEnd: Int, in index: TokenIndex) -> OrganizationCandidate {
        let scalars = index.scalars
        let start = candidate.range.start
        let text = index.text(candidate.range)
        let linked = candidate.attributes[MentionAttribute.lexiconName]
        for head in Self.heads {
            var headEnd = start
            if head.spaced {
                // One or two word spaces ("กระทรวง\u{A0} พม.").
                while headEnd > 0, start - headEnd < 2, ScalarClass.isWordSpace(scalars[headEnd - 1]) { headEnd -= 1 }
                guard headEnd < start else { continue }
            }
            let headStart = headEnd - head.written.count
            guard headStart >= previousEnd, headStart >= 0, scalars.matches(head.written, at: headStart),
                  startsWord(headStart, spaced: head.spaced, in: index), !text.hasPrefix(head.full) else { continue }
            let keepsLink = linked.map { $0.hasPrefix(head.full) } ?? false
            if head.spaced {
                // A spaced head takes a ministry's own short form ("ดีอี") or an acronym ("ป.ป.ช.").
                guard keepsLink || AcronymShape.of(text) == .thaiAcronym || AcronymShape.of(text) == .latinAcronym
                else { continue }
            } else {
                guard linked != nil else { continue }
            }
            var extended = candidate
            extended.range = ScalarRange(headStart, candidate.range.end)
            if !keepsLink && head.spaced {
                for attribute in MentionAttribute.sameEntity + [.wikidata] { extended.attributes[attribute] = nil }
            }
            return extended
        }
        return candidate
    }

    /// Whether a head may start at `offset`: at the text's start, after a space, line break, quote
    /// or bracket; a spaced head (a whole word) also at an ICU token start ("ของ|กระทรวง พม.") or
    /// after an abbreviation ("ผอ.สำนักงาน ธ.ก.ส."). "ธ." never after a letter, digit or full
    /// stop ("กสธ.", "ส.ธ.").
    private func startsWord(_ offset: Int, spaced: Bool, in index: TokenIndex) -> Bool {
        guard offset > 0 else { return true }
        let before = index.scalars[offset - 1]
        if before == "." { return spaced }
        if ScalarClass.isASCIILetter(before) || before.properties.numericType != nil { return false }
        if ScalarClass.isThaiLetterOrSign(before) { return spaced && index.token(startingAt: offset) != nil }
        return true
    }

    /// `sorted` (flat, in text order) with each name extended over the head before it.
    func extendAll(_ sorted: [OrganizationCandidate], in index: TokenIndex) -> [OrganizationCandidate] {
        var previousEnd = 0
        return sorted.map { candidate in
            let extended = extend(candidate, previousEnd: previousEnd, in: index)
            previousEnd = extended.range.end
            return extended
        }
    }
}
