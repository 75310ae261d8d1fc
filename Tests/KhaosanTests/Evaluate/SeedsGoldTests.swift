import Testing
@testable import Khaosan
@testable import KhaosanExtract
@testable import KhaosanTraining

/// The acceptance test on the seeds gold (fixtures/gold/seeds.jsonl): exact-span F1 ≥ 0.90
/// per label for PERSON, ORG, PLACE and DATE with the standard pipeline.
@Suite struct SeedsGoldTests {
    @Test func everyLabelExactSpanF1AtLeastNinety() throws {
        let gold = try GoldDocument.load(jsonl: Repository.path("fixtures/gold/seeds.jsonl"))
        #expect(gold.count == 2)
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
        let result = try GoldEvaluator.evaluate(gold, pipeline: pipeline)
        for label in ["PERSON", "ORG", "PLACE", "DATE"] {
            let score = try #require(result.scorer.byLabel[label])
            #expect(score.gold > 0)
            #expect(score.f1 >= 0.90, "\(label) F1 \(score.f1) (P \(score.precision), R \(score.recall))")
        }
    }
}
