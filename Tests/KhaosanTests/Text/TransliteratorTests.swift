import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText

@Suite struct TransliteratorTests {
    @Test func thaiBecomesASCIILatin() throws {
        let latin = try Transliterator().transliterate("มหาวิทยาลัยพะเยา")
        #expect(latin.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(latin.hasPrefix("mh"))
        #expect(latin.contains("phayea"))
    }

    @Test func latinStaysAndEmptyStaysEmpty() throws {
        let t = try Transliterator()
        #expect(t.transliterate("UNDP") == "UNDP")
        #expect(t.transliterate("") == "")
    }

    @Test func anUnknownTransformIsAnError() {
        #expect(throws: ICUError.self) { try Transliterator(id: "No-Such-Transform") }
    }
}
