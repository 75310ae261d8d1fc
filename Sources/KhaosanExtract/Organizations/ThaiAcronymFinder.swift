import KhaosanCore
import KhaosanText

/// Finds Thai organisation acronyms by their form: 2–5 Thai consonants and a
/// final dot, standing alone ("สสจ.", "คพ.", "กปปส.") — outside the lexicon too.
/// Titles, roles, units and undotted months of the same form are listed in
/// `org-not-acronyms.txt` and skipped.
struct ThaiAcronymFinder {
    let excluded: Set<String>

    init(excluded: [String]) {
        self.excluded = Set(excluded)
    }

    func candidates(in index: TokenIndex) -> [OrganizationCandidate] {
        var result: [OrganizationCandidate] = []
        let scalars = index.scalars
        var i = 0
        var afterTitle = false   // "รมว.|พม.": a segment may follow an excluded title directly
        while i < scalars.count {
            guard ScalarClass.isThaiConsonant(scalars[i]), i == 0 || afterTitle
                    || !(ScalarClass.isThaiLetterOrSign(scalars[i - 1]) || scalars[i - 1] == ".")
            else { afterTitle = false; i += 1; continue }
            afterTitle = false
            guard var end = segmentEnd(scalars, from: i, minimumLetters: 2) else { i += 1; continue }
            if excluded.contains(index.text(ScalarRange(i, end))) {
                afterTitle = true
                i = end
                continue
            }
            // Compound acronyms stay whole: "กอ.รมน.", "ศอ.บต.".
            while let next = segmentEnd(scalars, from: end, minimumLetters: 1) { end = next }
            result.append(OrganizationCandidate(range: ScalarRange(i, end), source: "org.thai-acronym"))
            i = end
        }
        return result
    }

    /// End (after the dot) of `minimumLetters`–5 Thai consonants and a dot at `start`.
    private func segmentEnd(_ scalars: [Unicode.Scalar], from start: Int, minimumLetters: Int) -> Int? {
        var k = start
        while k < scalars.count, k - start < 6, ScalarClass.isThaiConsonant(scalars[k]) { k += 1 }
        guard (minimumLetters...5).contains(k - start), k < scalars.count, scalars[k] == "." else { return nil }
        return k + 1
    }
}
