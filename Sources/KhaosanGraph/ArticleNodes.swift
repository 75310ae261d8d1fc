import KhaosanCore

/// The nodes of a built graph that belong to one article: its `NewsArticle` node and the
/// `rdf:Statement` nodes (`<article>#fact-…`) of the relations it states. They are made from
/// the annotation table and the article's provenance findings when the article is written
/// (`GraphNodeStream`), not held for the whole graph: they are most of a graph's nodes
/// (one article and ~10 statements per article against ~1 entity), so holding them all made
/// the graph build grow by ~400 MB per million mentions.
struct ArticleNodes: Sendable {
    let lookup: MentionLookup
    let provenance: RelationProvenance
    let iri: GraphIRI

    /// Number of articles.
    var count: Int { lookup.documents.count }

    /// The nodes of document number `index` (IRI `article`) sorted by `id`: the article node
    /// first, then its statements whose relation `holds` in the graph.
    func nodes(ofDocument index: Int, article: String,
               holds: (RelationProvenance.Assertion) -> Bool) -> [GraphNode] {
        [articleNode(index, id: article)]
            + provenance.statements(ofDocument: index, article: article, iri: iri, holds: holds)
    }

    /// The `NewsArticle` node of document number `index`: identifier, headline, url, date and
    /// the entities it mentions (sorted).
    func articleNode(_ index: Int, id: String) -> GraphNode {
        let document = lookup.documents[index]
        var node = GraphNode(id: id, types: ["NewsArticle"])
        node.add("identifier", .text(document.id))
        if let title = document.metadata.title { node.add("headline", .text(title)) }
        if let url = document.metadata.url { node.add("url", GraphIRI.webAddress(url).map(GraphValue.reference) ?? .text(url)) }
        if let date = document.metadata.datePublished {
            node.add("datePublished", GraphValue.isoDate(date) ?? .text(date))
        }
        var entities = Set<String>()
        for mention in document.mentions {
            if let entity = lookup.entity(document: index, range: mention.range) { entities.insert(entity) }
        }
        if !entities.isEmpty { node.properties["mentions"] = entities.sorted().map(GraphValue.reference) }
        return node
    }
}
