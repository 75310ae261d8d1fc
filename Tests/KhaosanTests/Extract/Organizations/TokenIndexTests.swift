import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText
@testable import KhaosanExtract

@Suite struct TokenIndexTests {
    @Test func looksUpTokensByScalarOffset() throws {
        let text = "มหาวิทยาลัยพะเยา ร่วมงาน"
        let scalars = Array(text.unicodeScalars)
        let index = TokenIndex(scalars: scalars, tokens: try Segmenter().tokens(of: scalars))
        let first = try #require(index.token(startingAt: 0))
        #expect(index.tokens[first].range.start == 0)
        let space = try #require(index.token(startingAt: 16))
        #expect(index.texts[space] == " ")
        #expect(index.token(endingAt: 16) != nil)
        #expect(index.token(startingAt: 3) == nil)
        #expect(index.token(startingAt: 1000) == nil)
        #expect(index.text(ScalarRange(0, 16)) == "มหาวิทยาลัยพะเยา")
        #expect(index.hasPrefix("พะเยา", at: 11))
        #expect(!index.hasPrefix("พะเยาX", at: 11))
        #expect(index.texts.joined() == text)
    }
}
