import Testing
@testable import Khaosan
@testable import KhaosanText

@Suite struct ScalarDecoderTests {
    @Test func decodesEveryUTF8LengthLikeTheStandardLibrary() {
        for text in ["", "a", "ก", "é\u{0301}", "😀x", "ASEAN+ มหาวิทยาลัยพะเยา 2566 \u{00A0}\u{F70B}🇹🇭",
                     String(repeating: "ข่าว 😀 ", count: 100)] {
            #expect(ScalarDecoder.scalars(of: text) == Array(text.unicodeScalars))
        }
    }

    @Test func decodesASubstringBackedString() {
        let text = "ก ข ค ง"
        let sub = String(text.dropFirst(2))
        #expect(ScalarDecoder.scalars(of: sub) == Array("ข ค ง".unicodeScalars))
    }
}
