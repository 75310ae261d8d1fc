import Testing
@testable import Khaosan
@testable import KhaosanExtract
@testable import KhaosanTraining

@Suite struct GoldEvaluatorTests {
    @Test func scoresPredictionsAndReportsLabelsThePipelineCannotProduce() throws {
        let text = "นางประนอม ทองจันทร์ ป่วยที่จังหวัดชัยภูมิ เมื่อ 2 กันยายน 2565"
        let gold = GoldDocument(id: "d1", text: text, spans: [
            GoldSpan(start: 0, end: 19, label: "PERSON"),
            GoldSpan(start: 27, end: 41, label: "PLACE"),
            GoldSpan(start: 48, end: 62, label: "DATE"),
        ])
        let pipeline = try ExtractionPipeline(extractors: [PersonExtractor(lexicon: Lexicon()),
                                                           PlaceExtractor(lexicon: Lexicon.bundled())])
        let result = try GoldEvaluator.evaluate([gold], pipeline: pipeline)
        #expect(result.scorer.byLabel["PERSON"]?.correct == 1)
        #expect(result.scorer.byLabel["PLACE"]?.correct == 1)
        #expect(result.scorer.byLabel["DATE"]?.missed == 1)
        #expect(!result.producedLabels.contains("DATE"))
        #expect(result.predictions.first?.spans.map(\.text) == ["นางประนอม ทองจันทร์", "จังหวัดชัยภูมิ"])
    }

    @Test func labelFilterRestrictsScoringAndPredictions() throws {
        let gold = GoldDocument(id: "d1", text: "นางประนอม ทองจันทร์ อยู่ที่จังหวัดชัยภูมิ", spans: [
            GoldSpan(start: 0, end: 19, label: "PERSON"),
        ])
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
        let result = try GoldEvaluator.evaluate([gold], pipeline: pipeline, labels: ["PERSON"])
        #expect(result.scorer.byLabel.keys.sorted() == ["PERSON"])
        #expect(result.predictions[0].spans.allSatisfy { $0.label == "PERSON" })
    }
}
