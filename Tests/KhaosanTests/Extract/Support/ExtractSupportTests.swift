import Testing
@testable import Khaosan
@testable import KhaosanText
@testable import KhaosanExtract

/// TokenBoundaries, bundled word lists and ScalarClass: the small helpers the extractors share.
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

    @Test func bundledWordListIsATrieOfItsLines() throws {
        let titles = ScalarTrie.bundled(.personTitles)
        let lines = BundledResources.requiredWordList(.personTitles)
        let index = try #require(lines.firstIndex(of: "พล.ต.อ."))
        #expect(titles.lookup("พล.ต.อ.")?.first == index)
        #expect(titles.longestMatchEnd(in: Array("พล.ต.อ.สมชาย".unicodeScalars), at: 0) == 7)
    }

    @Test func thaiLetterClasses() {
        #expect(ScalarClass.isThaiWordScalar("ก") && ScalarClass.isThaiWordScalar("ฯ") && ScalarClass.isThaiWordScalar("ๆ"))
        #expect(!ScalarClass.isThaiWordScalar("๙") && !ScalarClass.isThaiWordScalar("A") && !ScalarClass.isThaiWordScalar(" "))
        #expect(ScalarClass.isInvisible("\u{FEFF}") && ScalarClass.isWordSpace("\u{00A0}"))
    }
}
