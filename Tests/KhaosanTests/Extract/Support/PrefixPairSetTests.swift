import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct PrefixPairSetTests {
    /// Never rejects an offset where a word starts; rejects Thai pairs no word starts with.
    @Test func neverRejectsAStartAndRejectsUnknownThaiPairs() {
        let words = ["พะเยา", "จังหวัด", "ก", "Paris", "น่าน"]
        let set = PrefixPairSet(words: words)
        let text = Array("ที่จังหวัดพะเยา กข Paris น่าน ก".unicodeScalars)
        for offset in text.indices where words.contains(where: { text.matches(Array($0.unicodeScalars), at: offset) }) {
            #expect(set.mayStart(in: text, at: offset), "\(offset)")
        }
        #expect(!set.mayStart(in: Array("พบ".unicodeScalars), at: 0))
        #expect(!set.mayStart(in: Array("ที่".unicodeScalars), at: 0))
        #expect(set.mayStart(in: Array("กบ".unicodeScalars), at: 0))
        #expect(set.mayStart(in: Array("จั".unicodeScalars), at: 0))
        #expect(set.mayStart(in: Array("จ".unicodeScalars), at: 0))
    }
}
