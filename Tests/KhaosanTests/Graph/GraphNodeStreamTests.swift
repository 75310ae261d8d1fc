import Testing
@testable import KhaosanCore
@testable import KhaosanGraph

/// `GraphNodeStream` (the stored nodes merged with each article's nodes, made when reached)
/// against the old materialised path: every node in one array sorted by `id`.
@Suite struct GraphNodeStreamTests {
    /// All nodes as the builder held them before streaming: stored plus every article's, sorted.
    static func materialised(_ graph: KnowledgeGraph) -> [GraphNode] {
        var all = graph.storedNodes
        if let articles = graph.articles {
            for (index, document) in articles.lookup.documents.enumerated() {
                all += articles.nodes(ofDocument: index, article: graph.iri.document(document.id), holds: graph.holds)
            }
        }
        return all.sorted { $0.id < $1.id }
    }

    @Test func streamedNodesEqualTheMaterialisedNodesOnRandomExtractions() {
        var g = SeededGenerator(seed: 20_261_207)
        var articleStatements = 0
        for _ in 0..<80 {
            let extractions = (0..<Int.random(in: 0...12, using: &g)).map { _ in
                KnowledgeGraphStreamingTests.randomExtraction(&g)
            }
            let graph = KnowledgeGraph.build(from: extractions)
            let expected = Self.materialised(graph)
            #expect(graph.nodes == expected)
            #expect(Set(expected.map(\.id)).count == expected.count)
            #expect(graph.articleCount == Set(extractions.map(\.id)).count)
            #expect(!graph.storedNodes.contains { $0.types == ["NewsArticle"] })
            articleStatements += expected.filter { $0.id.contains("#fact-") }.count
            for node in expected.prefix(6) { #expect(graph.node(node.id) == node) }
        }
        #expect(articleStatements > 0, "the random graphs have article statements to merge")
    }

    @Test func aReadGraphStreamsItsStoredNodes() throws {
        var g = SeededGenerator(seed: 5)
        let extractions = (0..<8).map { _ in KnowledgeGraphStreamingTests.randomExtraction(&g) }
        let built = KnowledgeGraph.build(from: extractions)
        let read = try GraphReader.read(data: JSONLDWriter().data(for: built))
        #expect(read.articles == nil)
        #expect(read.storedNodes == built.nodes)
        #expect(read.articleCount == built.articleCount)
        #expect(GraphNodeStream.all(read) == read.storedNodes)
    }
}
