import Testing
@testable import Khaosan
@testable import KhaosanText
@testable import KhaosanExtract

/// TokenBoundaries, WordTrie and ScalarClass: the small helpers the extractors share.
@Suite struct ExtractSupportTests {
    @Test func boundariesComeFromICUTokens() throws {
        let scalars = Array("มหาวิทยาลัยพะเยา".unicodeScalars)
        let tokens = try Segmenter().tokens(of: scalars)
        let boundaries = TokenBoundaries(tokens: tokens, length: scalars.count)
        #expect(boundaries.contains(0) && boundaries.contains(scalars.count))
        #expect(boundaries.contains(11))      // มหาวิทยาลัย|พะเยา
        #expect(!boundaries.contains(5))
        #expect(!boundaries.contains(-1) && !boundaries.contains(scalars.count + 1))
    }

    @Test func wordTrieFindsEveryEntryAtAnOffset() {
        let trie = WordTrie(words: ["นาง", "นางสาว", "นาย"])
        let scalars = Array("นางสาวญภา".unicodeScalars)
        #expect(trie.matchEnds(in: scalars, at: 0) == [3, 6])
        #expect(trie.longestMatch(in: scalars, at: 0) == 6)
        #expect(trie.longestMatch(in: scalars, at: 1) == nil)
        #expect(WordTrie.bundled(.personTitles).words.contains("พล.ต.อ."))
    }

    @Test func thaiLetterClasses() {
        #expect(ScalarClass.isThaiWordScalar("ก") && ScalarClass.isThaiWordScalar("ฯ") && ScalarClass.isThaiWordScalar("ๆ"))
        #expect(!ScalarClass.isThaiWordScalar("๙") && !ScalarClass.isThaiWordScalar("A") && !ScalarClass.isThaiWordScalar(" "))
        #expect(ScalarClass.isInvisible("\u{FEFF}") && ScalarClass.isWordSpace("\u{00A0}"))
    }
}
