import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText

@Suite struct SegmenterTests {
    private func segment(_ text: String) throws -> [String] {
        let document = Document(id: "t", source: text)
        return try Segmenter().tokens(of: document).map { document.normalizedText($0.range) }
    }

    @Test func seedSentenceThaiTokensWrittenByHand() throws {
        // From the seed article on the Creative Cities Forum.
        let tokens = try segment("อธิการบดีมหาวิทยาลัยพะเยา รองศาสตราจารย์ ดร.สุภกร")
        #expect(tokens.contains("มหาวิทยาลัย"))
        #expect(tokens.contains("พะเยา"))
        #expect(tokens.joined() == "อธิการบดีมหาวิทยาลัยพะเยา รองศาสตราจารย์ ดร.สุภกร")
    }

    @Test func tokenKindsAndScalarOffsetsAroundAnEmoji() throws {
        let document = Document(id: "t", source: "ก 12 😀 x")
        let tokens = try Segmenter().tokens(of: document)
        #expect(tokens.map(\.kind) == [.thai, .space, .number, .space, .other, .space, .latin])
        // The emoji is one scalar (two UTF-16 units): offsets stay in scalars.
        #expect(tokens[4].range == ScalarRange(5, 6))
        #expect(tokens[6].range == ScalarRange(7, 8))
    }

    @Test func emptyTextHasNoTokens() throws {
        #expect(try segment("").isEmpty)
    }
}
