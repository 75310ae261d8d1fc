import KhaosanCore

/// Finds a ministry named by its short form after a minister's or
/// permanent secretary's title, the ThaiNER way: "รมว.สาธารณสุข", "รมช. คมนาคม",
/// "รองปลัดคมนาคม" → ORG "สาธารณสุข", "คมนาคม".
///
/// Short forms come from the lexicon: every ORG name or alias starting with
/// "กระทรวง" gives the rest ("สาธารณสุข", "เกษตรและสหกรณ์", "การคลัง") and, for
/// "กระทรวงการ…", the rest without "การ" ("คลัง"). Alone, such a word is a common
/// noun ("สาธารณสุข" = public health), so it is only taken after a title from
/// `org-ministry-titles.txt`.
package struct MinistryShortNameFinder {
    private let titles: ScalarTrie
    /// First two scalars of the titles: most offsets start none and skip the trie walk.
    private let titleStarts: ScalarPrefilter
    private let shortNames: ScalarTrie
    private let canonical: [String]
    /// The head word of a ministry's name ("กระทรวง…").
    package static let ministryHead = "กระทรวง"

    init(lexicon: Lexicon, titles: [String]) {
        self.titles = ScalarTrie(words: titles)
        titleStarts = ScalarPrefilter(tries: [self.titles])
        var names = ScalarTrie()
        var canonical: [String] = []
        for entry in lexicon.entries(labeled: .organization) {
            for name in entry.allNames where name.hasPrefix(Self.ministryHead) {
                let rest = String(name.dropFirst(Self.ministryHead.count))
                guard rest.unicodeScalars.count >= 2 else { continue }
                canonical.append(entry.name)
                names.insert(rest, payload: canonical.count - 1)
                if rest.hasPrefix("การ"), rest.count > 4 {
                    names.insert(String(rest.dropFirst(3)), payload: canonical.count - 1)
                }
            }
        }
        self.shortNames = names.compacted()
        self.canonical = canonical
    }

    /// `range` without the title that leads it when a ministry's acronym follows:
    /// "รมว.วธ." → "วธ.", "ปลัดวธ." → "วธ.", "รองปลัด พม." → "พม.". The title names a role, not
    /// the ministry (ThaiNER TRAIN: "รมว.ศธ.", "ปลัด พม." → ORG "ศธ.", "พม."). `range`
    /// itself when no title leads it or what follows is no Thai acronym.
    func withoutLeadingTitle(_ range: ScalarRange, in index: TokenIndex) -> ScalarRange {
        let scalars = index.scalars
        guard titleStarts.mayStart(in: scalars, at: range.start),
              let title = titles.longestMatch(in: scalars, at: range.start), title.end < range.end else { return range }
        var start = title.end
        while start < range.end, scalars[start] == " " { start += 1 }
        let rest = ScalarRange(start, range.end)
        guard start < range.end, AcronymShape.of(index.text(rest)) == .thaiAcronym else { return range }
        return rest
    }

    func candidates(in index: TokenIndex) -> [OrganizationCandidate] {
        var result: [OrganizationCandidate] = []
        let scalars = index.scalars
        var offset = 0
        while offset < scalars.count {
            guard titleStarts.mayStart(in: scalars, at: offset),
                  let title = titles.longestMatch(in: scalars, at: offset) else { offset += 1; continue }
            var start = title.end
            if start < scalars.count, scalars[start] == " " { start += 1 }
            if let match = shortNames.longestMatch(in: scalars, at: start),
               index.token(endingAt: match.end) != nil || !OrganizationLexiconMatcher.isWordScalar(scalars, match.end) {
                result.append(OrganizationCandidate(range: ScalarRange(start, match.end), source: "org.ministry-short-name",
                                                    attributes: [MentionAttribute.lexiconName: canonical[match.payloads.first!]]))
                offset = match.end
            } else {
                offset = title.end
            }
        }
        return result
    }
}
