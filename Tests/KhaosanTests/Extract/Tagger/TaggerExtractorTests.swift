import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct TaggerExtractorTests {
    private func analyzed(_ text: String) throws -> AnalyzedDocument {
        try ExtractionPipeline(extractors: []).analyze(RawDocument(id: "d", metadata: DocumentMetadata(), source: text))
    }

    @Test func shippedModelFindsEntitiesInASentence() throws {
        let tagger = try #require(TaggerExtractor.bundled())
        let mentions = tagger.mentions(in: try analyzed(TaggerTestSupport.sentence), earlier: [])
        let found = mentions.map { "\($0.text)/\($0.label.rawValue)" }
        #expect(found.contains("นางประนอม ทองจันทร์/PERSON"))
        #expect(found.contains("จ.เชียงใหม่/PLACE"))
        #expect(mentions.allSatisfy { $0.source == "tagger" && $0.confidence < 1 })
    }

    @Test func fillsOnlyTheGapsEarlierExtractorsLeave() throws {
        let tagger = try #require(TaggerExtractor.bundled())
        let document = try analyzed(TaggerTestSupport.sentence)
        let alone = tagger.mentions(in: document, earlier: [])
        let person = try #require(alone.first { $0.text == "นางประนอม ทองจันทร์" })
        // A rule already claimed part of the first name (with another label): the tagger must not add over it.
        let rule = document.mention(textRange: ScalarRange(person.range.start + 3, person.range.start + 9),
                                    label: .organization, source: "rule")
        let filled = tagger.mentions(in: document, earlier: [rule])
        #expect(!filled.contains { $0.range.overlaps(rule.range) })
        #expect(filled.contains { $0.text == "จ.เชียงใหม่" })   // the other gaps are still filled
        #expect(filled.count == alone.count - 1)
    }

    @Test func standardExtractorsEndWithTheTagger() throws {
        #expect(try StandardExtractors.make(lexicon: Lexicon()).last is TaggerExtractor)
    }
}
