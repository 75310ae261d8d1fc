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
        while i < scalars.count {
            guard AcronymShape.isThaiConsonant(scalars[i]),
                  i == 0 || !(AcronymShape.isThaiLetter(scalars[i - 1]) || scalars[i - 1] == ".") else { i += 1; continue }
            var k = i
            while k < scalars.count, k - i < 6, AcronymShape.isThaiConsonant(scalars[k]) { k += 1 }
            let letters = k - i
            guard (2...5).contains(letters), k < scalars.count, scalars[k] == "." else { i = k > i ? k : i + 1; continue }
            let end = k + 1
            // "ก.ล.ต."-style or "ตร.ม." continuations are other forms.
            let dottedNext = end + 1 < scalars.count && AcronymShape.isThaiLetter(scalars[end])
                && (scalars[end + 1] == "." || (end + 2 < scalars.count && scalars[end + 2] == "."))
            let text = index.text(ScalarRange(i, end))
            if !dottedNext, !excluded.contains(text) {
                result.append(OrganizationCandidate(range: ScalarRange(i, end), source: "org.thai-acronym"))
            }
            i = end
        }
        return result
    }
}
