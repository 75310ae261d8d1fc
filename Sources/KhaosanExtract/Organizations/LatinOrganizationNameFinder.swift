import KhaosanCore
import KhaosanText

/// Finds Latin-script organisation names inside Thai text by their form:
/// capitalised words ending with an organisation word ("Derbyshire Cave Rescue
/// Organisation", "Thai Airways", "Siam Cement Group") or starting with one and
/// "of" ("University of Phayao", "Bank of Thailand").
///
/// The organisation words are in `org-latin-words.txt`. A run that begins with a one-word English
/// country name and "and (the)" ("Thailand and the European Union (EU)") is two names: the
/// organisation starts after "and (the)" (as `TaggerMentionValidator` rule 7 does for the tagger).
struct LatinOrganizationNameFinder {
    let finalWords: Set<String>
    let leadingWords: Set<String>
    /// Small words allowed inside a name.
    static let connectors: Set<String> = ["of", "and", "for", "the", "&", "de", "on"]
    static let maximumWords = 8
    /// One-word English country names (`TaggerMentionValidator.englishCountryWords`).
    static let countries = Set(TaggerMentionValidator.englishCountryWords())

    init(words: [String]) {
        // Lines "Word" end names; lines "Word of" start them.
        finalWords = Set(words.filter { !$0.hasSuffix(" of") })
        leadingWords = Set(words.filter { $0.hasSuffix(" of") }.map { String($0.dropLast(3)) })
    }

    func candidates(in index: TokenIndex) -> [OrganizationCandidate] {
        var result: [OrganizationCandidate] = []
        var i = 0
        while i < index.count {
            guard index.kind(i) == .latin, Self.isCapitalised(index.texts[i]),
                  i == 0 || index.kind(i - 1) != .latin else { i += 1; continue }
            // Words i, i+2, … separated by single spaces (or "." after an abbreviation).
            var words: [Int] = [i]
            var k = i
            while words.count < Self.maximumWords, k + 2 < index.count, index.texts[k + 1] == " ",
                  index.kind(k + 2) == .latin || index.texts[k + 2] == "&",
                  Self.isCapitalised(index.texts[k + 2]) || Self.connectors.contains(index.texts[k + 2]) {
                k += 2
                words.append(k)
            }
            // "Thailand and (the) …": the name starts after "and (the)".
            if words.count > 3, index.texts[words[1]] == "and", Self.countries.contains(index.texts[words[0]]) {
                words.removeFirst(index.texts[words[2]] == "the" ? 3 : 2)
            }
            let texts = words.map { index.texts[$0] }
            // The organisation word must end the run of capitalised words ("Copper
            // International Buffet" is a restaurant).
            var last: Int? = nil
            if let n = texts.lastIndex(where: { !Self.connectors.contains($0) }), n > 0, finalWords.contains(texts[n]) {
                last = n
            }
            if last == nil, texts.count >= 3, leadingWords.contains(texts[0]), texts[1] == "of" {
                last = texts.lastIndex(where: { !Self.connectors.contains($0) })
            }
            if let last, last > 0, !Self.connectors.contains(texts[last]) {
                var end = index.tokens[words[last]].range.end
                if end < index.scalars.count, index.scalars[end] == ".", texts[last].count <= 4 { end += 1 } // "Co." "Inc."
                result.append(OrganizationCandidate(range: ScalarRange(index.tokens[words[0]].range.start, end), source: "org.latin-name"))
                i = words[last] + 1
            } else {
                i += 1
            }
        }
        return result
    }

    static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return ScalarClass.isASCIIUppercase(first)
    }
}
