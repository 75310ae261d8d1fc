import KhaosanCore
import KhaosanText

/// Finds the long form of an acronym defined in the text when no other rule
/// found a name right before it: "จากองค์กรวิจัยวิทยาศาสตร์…แห่งเครือจักรภพ (CSIRO)",
/// "ให้การยางแห่งประเทศไทย (กยท.)", "ประชุมสภาความมั่นคงแห่งชาติ หรือ สมช.".
///
/// The acronym is strong evidence, so the long form may start with a broader set
/// of heads (`org-definition-heads.txt` adds องค์กร, กลุ่ม, ตำรวจ… to the heads):
/// it runs from the first head in the Thai run before the acronym to its end.
/// Without a head, a Thai acronym's letters are matched to the run
/// (`AcronymDefinitionFinder.longForm`).
struct UndefinedLongFormFinder {
    private let heads: ScalarTrie
    /// Longest run (scalars) searched before an acronym.
    static let maximumRun = 100

    /// Abbreviations that are no organisation ("กทม." is a place in ThaiNER, "ผวจ." a role).
    private let notAcronyms: Set<String>

    init(heads: [String], notAcronyms: [String] = []) {
        self.heads = ScalarTrie(words: heads)
        self.notAcronyms = Set(notAcronyms)
    }

    /// Long forms for acronyms in `index` that no candidate of `chosen` ends right before.
    func candidates(in index: TokenIndex, chosen: [OrganizationCandidate]) -> [OrganizationCandidate] {
        var result: [OrganizationCandidate] = []
        let scalars = index.scalars
        let chosenEnds = Set(chosen.map(\.range.end))
        for (position, acronym) in definedAcronyms(in: index) {
            var end = position
            while end > 0, scalars[end - 1] == " " { end -= 1 }
            guard !notAcronyms.contains(acronym), !chosenEnds.contains(end),
                  let long = headLongForm(endingAt: end, in: index)
                    ?? (AcronymShape.of(acronym) == .thaiAcronym && acronym.hasSuffix(".")
                        ? AcronymDefinitionFinder.longForm(of: acronym, before: position, in: index) : nil)
            else { continue }
            result.append(OrganizationCandidate(range: long, source: "org.acronym-long-form"))
        }
        return result
    }

    /// (offset where the definition starts — "(" or the space before "หรือ" — and the acronym).
    private func definedAcronyms(in index: TokenIndex) -> [(Int, String)] {
        var result: [(Int, String)] = []
        let scalars = index.scalars
        for i in scalars.indices {
            if scalars[i] == "(" {
                var close = i + 1
                while close < scalars.count, close - i <= 16, scalars[close] != ")" { close += 1 }
                guard close < scalars.count, scalars[close] == ")" else { continue }
                let text = index.text(ScalarRange(i + 1, close))
                if let shape = AcronymShape.of(text), shape != .latinName { result.append((i, text)) }
            } else if scalars[i] == " ", index.hasPrefix(" หรือ ", at: i) {
                let start = i + 6
                var k = start
                while k < scalars.count, scalars[k] != " ", scalars[k] != "\n", k - start <= 16 { k += 1 }
                guard k > start else { continue }
                let text = index.text(ScalarRange(start, k))
                if let shape = AcronymShape.of(text), shape != .latinName,
                   shape == .latinAcronym || text.hasSuffix(".") { result.append((i, text)) }
            }
        }
        return result
    }

    /// From the first head in the Thai run ending at `end` to `end`.
    private func headLongForm(endingAt end: Int, in index: TokenIndex) -> ScalarRange? {
        let scalars = index.scalars
        guard end > 0, index.token(endingAt: end) != nil else { return nil }
        var runStart = end
        while runStart > 0, end - runStart < Self.maximumRun, ScalarClass.isThaiLetterOrSign(scalars[runStart - 1]) { runStart -= 1 }
        for offset in runStart..<end where index.token(startingAt: offset) != nil {
            var found = false
            heads.forEachMatch(in: scalars, at: offset) { matchEnd, _ in
                found = index.token(endingAt: matchEnd) != nil && end - matchEnd >= 2
                return !found
            }
            if found { return ScalarRange(offset, end) }
        }
        return nil
    }
}
