import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct ScalarPrefilterTests {
    /// Never rejects an offset where a word starts; rejects Thai pairs no word starts with.
    @Test func neverRejectsAStartAndRejectsUnknownThaiPairs() {
        let words = ["พะเยา", "จังหวัด", "ก", "Paris", "น่าน"]
        let set = ScalarPrefilter(tries: [ScalarTrie(words: words.prefix(2)), ScalarTrie(words: words.dropFirst(2))])
        let text = Array("ที่จังหวัดพะเยา กข Paris น่าน ก".unicodeScalars)
        for offset in text.indices where words.contains(where: { text.matches(Array($0.unicodeScalars), at: offset) }) {
            #expect(set.mayStart(in: text, at: offset), "\(offset)")
        }
        #expect(!set.mayStart(in: Array("พบ".unicodeScalars), at: 0))
        #expect(!set.mayStart(in: Array("ที่".unicodeScalars), at: 0))
        #expect(set.mayStart(in: Array("กบ".unicodeScalars), at: 0))
        #expect(set.mayStart(in: Array("จั".unicodeScalars), at: 0))
        #expect(set.mayStart(in: Array("จ".unicodeScalars), at: 0))
        #expect(!set.mayStart(in: Array("Pa".unicodeScalars), at: 1))
    }

    /// The first-scalar test alone, for scalars inside and past the root table, and with the
    /// tries' ASCII case folding.
    @Test func firstScalarTestAndCaseFolding() {
        let set = ScalarPrefilter(tries: [ScalarTrie(words: ["“", "'", "€uro", "ข้อ"])])
        #expect(set.mayStart(with: "“") && set.mayStart(with: "'") && set.mayStart(with: "€") && set.mayStart(with: "ข"))
        #expect(!set.mayStart(with: "\"") && !set.mayStart(with: "ค") && !set.mayStart(with: "u"))
        var folding = ScalarTrie(foldingASCIICase: true)
        folding.insert("Jan", payload: 0)
        let months = ScalarPrefilter(tries: [folding])
        #expect(months.mayStart(with: "J") && months.mayStart(with: "j") && !months.mayStart(with: "a"))
    }
}
