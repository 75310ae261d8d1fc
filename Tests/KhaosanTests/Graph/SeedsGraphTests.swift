import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanGraph

@Suite struct SeedsGraphTests {
    static func seedGraph(order: (inout [DocumentExtraction]) -> Void = { _ in }) throws -> KnowledgeGraph {
        var extractions = try GoldExtractions.load()
        order(&extractions)
        return KnowledgeGraph.build(from: extractions, known: GoldExtractions.seedLexicon)
    }

    @Test func everySeedsGraphAssertionHoldsOnTheGoldSpanGraph() throws {
        let failures = try SeedsGraphAssertions(graph: Self.seedGraph()).failures()
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func theCheckerFailsWhenAMergeIsMissing() throws {
        // Without the lexicon, "UNESCO" and "ยูเนสโก" are in no entity: the checker must say so.
        let graph = KnowledgeGraph.build(from: try GoldExtractions.load())
        let failures = try SeedsGraphAssertions(graph: graph).failures()
        #expect(failures.contains { $0.contains("'UNESCO'") })
    }

    @Test func sameBytesWhateverTheInputOrderAndRun() throws {
        let writer = JSONLDWriter()
        let a = writer.data(for: try Self.seedGraph())
        let b = writer.data(for: try Self.seedGraph(order: { $0.reverse() }))
        let c = writer.data(for: try Self.seedGraph(order: { extractions in
            extractions = extractions.map { e in var e = e; e.mentions.reverse(); return e } + extractions
        }))
        #expect(a == b)
        #expect(a == c)
    }
}

