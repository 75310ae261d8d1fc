/// The nodes of a `KnowledgeGraph` one at a time in `@id` order (as `String` sorts them), as
/// `JSONLDWriter` writes them: the graph's stored nodes (entities, dates, roles, the dataset)
/// merged with each article's nodes (`ArticleNodes`), made when the merge reaches the
/// article and dropped once written. Memory: the stored nodes plus one article's nodes.
///
/// The articles are taken in `@id` order; an article's nodes all start with its IRI, so
/// none comes before it, and the pending ones of earlier articles are merged with the next
/// article's as soon as its IRI is not after the smallest pending one (a k-way merge; with
/// percent-encoded ids an article's nodes never interleave with the next article's).
struct GraphNodeStream {
    private let graph: KnowledgeGraph
    /// Position of the next stored node.
    private var position = 0
    /// The articles by IRI (ascending) and the next one to make.
    private let articleOrder: [(index: Int, iri: String)]
    private var nextArticle = 0
    /// Article nodes made but not yet taken, sorted by `id` descending (the smallest last).
    private var pending: [GraphNode] = []
    /// The next two nodes (fewer at the end).
    private var lookahead: [GraphNode] = []

    init(_ graph: KnowledgeGraph) {
        self.graph = graph
        if let articles = graph.articles {
            articleOrder = articles.lookup.documents.indices
                .map { ($0, graph.iri.document(articles.lookup.documents[$0].id)) }
                .sorted { $0.iri < $1.iri }
        } else {
            articleOrder = []
        }
        fill()
    }

    /// The next node, nil at the end.
    var first: GraphNode? { lookahead.first }
    /// The node after `first`.
    var second: GraphNode? { lookahead.count > 1 ? lookahead[1] : nil }

    /// Moves past `first`.
    mutating func advance() {
        lookahead.removeFirst()
        fill()
    }

    /// Every node, in order (for tests and `KnowledgeGraph.allNodes`).
    static func all(_ graph: KnowledgeGraph) -> [GraphNode] {
        var stream = GraphNodeStream(graph), result: [GraphNode] = []
        while let node = stream.first {
            result.append(node)
            stream.advance()
        }
        return result
    }

    private mutating func fill() {
        while lookahead.count < 2, let node = pull() { lookahead.append(node) }
    }

    /// The smallest node not yet taken.
    private mutating func pull() -> GraphNode? {
        if let articles = graph.articles {
            while nextArticle < articleOrder.count, pending.last.map({ !($0.id < articleOrder[nextArticle].iri) }) ?? true {
                let (index, iri) = articleOrder[nextArticle]
                let merging = !pending.isEmpty
                pending += articles.nodes(ofDocument: index, article: iri, holds: graph.holds).reversed()
                if merging { pending.sort { $0.id > $1.id } }
                nextArticle += 1
            }
        }
        let stored = position < graph.storedNodes.count ? graph.storedNodes[position] : nil
        if let made = pending.last, stored.map({ made.id < $0.id }) ?? true {
            return pending.removeLast()
        }
        if stored != nil { position += 1 }
        return stored
    }
}
