import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct WordOccurrencesTests {
    /// Each word lists exactly the word starts where it matches, in order, like a scan per word.
    @Test func listsEachWordAtEveryWordStartWhereItMatches() {
        let scalars = Array("สมชาย สมชายดี xสมชาย สมหญิง สม".unicodeScalars)
        let words = ["สมชาย", "สมหญิง", "สม", "ไม่มี"].map { Array($0.unicodeScalars) }
        let isWordStart = { (j: Int) in j == 0 || scalars[j - 1] == " " }
        let occurrences = WordOccurrences(words: words, in: scalars, isWordStart: isWordStart)
        for (k, word) in words.enumerated() {
            let expected = scalars.indices.filter { isWordStart($0) && scalars.matches(word, at: $0) }.map(Int32.init)
            #expect(occurrences.starts[k] == expected)
        }
        #expect(occurrences.starts[0] == [0, 6])
        #expect(occurrences.starts[3].isEmpty)
    }
}
