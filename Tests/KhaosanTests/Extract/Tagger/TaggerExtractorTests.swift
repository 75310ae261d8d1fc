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

    @Test func fillsOnlyTheGapsASureRuleLeaves() throws {
        let tagger = try #require(TaggerExtractor.bundled())
        let document = try analyzed(TaggerTestSupport.sentence)
        let alone = tagger.mentions(in: document, earlier: []).map { document.sourceMention($0, includingInvisibleTail: false) }
        let person = try #require(alone.first { $0.text == "นางประนอม ทองจันทร์" })
        // A sure rule already claimed part of the first name (with another label): the shipped
        // combination drops the tagger's span over it and keeps the others.
        let rule = Mention(range: ScalarRange(person.range.start + 3, person.range.start + 9), label: .organization,
                           text: "ประนอม", confidence: 1.0, source: "rule")
        let combined = RuleTaggerCombination.bundled.combine([rule] + alone)
        #expect(combined.first == rule)
        #expect(!combined.dropFirst().contains { $0.range.overlaps(rule.range) })
        #expect(combined.contains { $0.text == "จ.เชียงใหม่" })   // the other gaps are still filled
        #expect(combined.count == alone.count)
        // A less sure rule does not block: overlap resolution decides later.
        var unsure = rule
        unsure.confidence = 0.6
        #expect(RuleTaggerCombination.bundled.combine([unsure] + alone).count == alone.count + 1)
    }

    @Test func theTaggerFollowsTheRulesAndPrecedesOnlyTheVenueEvents() throws {
        let extractors = try StandardExtractors.make(lexicon: Lexicon())
        let tagger = try #require(extractors.firstIndex { $0 is TaggerExtractor })
        #expect(extractors[(tagger + 1)...].map(\.name) == [EventVenueExtractor().name])
        #expect(extractors[..<tagger].map(\.name) == ["dates", "people", "organizations", "places", "events"])
    }
}
