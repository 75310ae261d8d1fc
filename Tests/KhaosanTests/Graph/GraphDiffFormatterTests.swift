import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

@Suite struct GraphDiffFormatterTests {
    @Test func aNegativeLimitListsNoItemsInsteadOfTrapping() throws {
        let old = KnowledgeGraph.build(from: GraphDiffTests.documents)
        let new = KnowledgeGraph.build(from: GraphDiffTests.documents, known: [GraphDiffTests.unesco])
        let report = try GraphDiff.compare(old, new)
        #expect(!report.isEmpty)
        let formatter = GraphDiffFormatter(format: .text, limit: -1)
        #expect(formatter.limit == 0)
        let text = formatter.render(report)
        #expect(text.hasPrefix("graph diff: "))
        #expect(!text.contains("\n  + "), "no item lines with a zero limit")
    }
}
