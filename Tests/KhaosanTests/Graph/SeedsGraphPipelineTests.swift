import Crypto
import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract
@testable import KhaosanGraph
@testable import KhaosanBatch

/// The seeds-graph assertions on the graph the real pipeline builds from the two seed texts.
@Suite struct SeedsGraphPipelineTests {
    @Test func everySeedsGraphAssertionHoldsOnThePipelineGraph() throws {
        let lexicon = try Lexicon.standard(adding: [])
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: lexicon))
        let lines = try String(contentsOfFile: Repository.path("fixtures/gold/seeds.jsonl"), encoding: .utf8).split(separator: "\n")
        let extractions = try lines.map { line -> DocumentExtraction in
            let gold = try JSONDecoder().decode(GoldExtractions.GoldLine.self, from: Data(line.utf8))
            return try pipeline.extraction(of: RawDocument(id: gold.id, metadata: DocumentMetadata(), source: gold.text),
                                           contentHash: SHA256.hex(gold.text))
        }
        let graph = KnowledgeGraph.build(from: extractions, lexicon: lexicon)
        let failures = try SeedsGraphAssertions(graph: graph).failures()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
