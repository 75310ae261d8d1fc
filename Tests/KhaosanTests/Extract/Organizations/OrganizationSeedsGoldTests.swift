import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract
@testable import KhaosanTraining

/// ORG exact-span scores on the gold spans of the two seed articles.
@Suite struct OrganizationSeedsGoldTests {
    static func score() throws -> (SpanScorer, [GoldDocument]) {
        let gold = try GoldDocument.load(jsonl: Repository.path("fixtures/gold/seeds.jsonl"))
        let pipeline = try ExtractionPipeline(extractors: [OrganizationExtractor(lexicon: try Lexicon.bundled())])
        var scorer = SpanScorer()
        for document in gold {
            let analyzed = try pipeline.analyze(RawDocument(id: document.id, metadata: DocumentMetadata(), source: document.text))
            let predicted = pipeline.mentions(in: analyzed).map {
                GoldSpan(start: $0.range.start, end: $0.range.end, label: $0.label.rawValue, text: $0.text)
            }
            scorer.add(documentID: document.id, gold: document.spans, predicted: predicted, labels: ["ORG"])
        }
        return (scorer, gold)
    }

    @Test func organizationExactSpanF1OnSeedsIsAtLeast90Percent() throws {
        let (scorer, gold) = try Self.score()
        let org = scorer.micro(labels: ["ORG"])
        let texts = Dictionary(uniqueKeysWithValues: gold.map { ($0.id, Array($0.text.unicodeScalars)) })
        func show(_ span: GoldSpan?, _ id: String) -> String {
            guard let span, let scalars = texts[id] else { return "-" }
            var view = String.UnicodeScalarView(); view.append(contentsOf: scalars[span.start..<span.end])
            return "\(span.start)-\(span.end) \(String(view))"
        }
        for error in scorer.errors {
            print("seeds ORG \(error.kind.rawValue): gold \(show(error.gold, error.documentID)) | predicted \(show(error.predicted, error.documentID))")
        }
        print("seeds ORG P \(org.precision) R \(org.recall) F1 \(org.f1)")
        #expect(org.gold == 46)
        #expect(org.f1 >= 0.90)
    }
}
