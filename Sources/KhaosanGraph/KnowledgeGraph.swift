import KhaosanCore
import KhaosanExtract
import KhaosanResolve

/// The deduplicated knowledge graph: entity, article and time nodes plus one
/// annotation per mention. A pure function of the set of extractions, the known
/// entities and the options; `JSONLDWriter` writes it.
///
/// The mentions stay in the extractions (`AnnotationTable`: one entity number per
/// mention) and `JSONLDWriter` writes their `oa:Annotation` nodes while streaming, so
/// memory is bounded by the entities, not by one object per mention. So are a built
/// graph's article and `rdf:Statement` nodes (`ArticleNodes`, made per article when
/// written by `GraphNodeStream`). `nodes` and `annotations` give everything as values
/// (for diffs and tests); `GraphReader` reads a written graph back into this same form.
public struct KnowledgeGraph: Sendable, Equatable {
    /// The IRI base everything is under.
    public let base: String
    /// The khaosan version that built the graph (recorded once, on the dataset node).
    public let version: String
    /// The nodes held in memory, sorted by `id`: every node of a read graph; the entity,
    /// time, role and dataset nodes of a built one.
    let storedNodes: [GraphNode]
    /// The per-article nodes of a built graph, made when written (nil for a read graph).
    let articles: ArticleNodes?
    /// The mentions, written as annotations.
    let annotationTable: AnnotationTable

    init(base: String, version: String, nodes: [GraphNode], annotations: AnnotationTable, articles: ArticleNodes? = nil) {
        self.base = base
        self.version = version
        self.storedNodes = nodes.sorted { $0.id < $1.id }
        self.annotationTable = annotations
        self.articles = articles
    }

    /// A graph of `nodes` and the annotations `annotations` (as `GraphReader` reads them).
    public init(base: String, version: String, nodes: [GraphNode], annotations: [GraphAnnotation]) {
        self.init(base: base, version: version, nodes: nodes,
                  annotations: AnnotationTable(annotations, iri: GraphIRI(base: base)))
    }

    /// Entity, article, statement, time and dataset nodes, sorted by `id` (made on each call
    /// for a built graph: writing streams them instead).
    public var nodes: [GraphNode] { articles == nil ? storedNodes : GraphNodeStream.all(self) }

    /// The IRIs of the graph.
    var iri: GraphIRI { annotationTable.iri }

    /// Whether the stored node `assertion.subject` has `assertion.predicate` with value `assertion.object`.
    func holds(_ assertion: RelationProvenance.Assertion) -> Bool {
        storedNode(assertion.subject)?.properties[assertion.predicate]?.contains(assertion.object) == true
    }

    /// Builds the graph of `extractions` (any order; duplicates by id resolved
    /// deterministically), merging entities with `known` (lexicon) aliases.
    /// - Parameters:
    ///   - ambiguousAcronyms: acronyms never to merge on alone (`Lexicon.ambiguousAcronyms`).
    ///   - base: IRI base of every node.
    ///   - version: recorded on the dataset node.
    public static func build(from extractions: [DocumentExtraction], known: [KnownEntity] = [],
                             ambiguousAcronyms: AmbiguousAcronyms = AmbiguousAcronyms(),
                             base: String = GraphIRI.defaultBase, version: String = KhaosanCore.version) -> KnowledgeGraph {
        GraphBuilder(iri: GraphIRI(base: base), known: known, ambiguousAcronyms: ambiguousAcronyms.acronyms,
                     version: version).build(extractions)
    }

    /// Builds the graph with the known entities of `source` (e.g. a lexicon).
    public static func build(from extractions: [DocumentExtraction], lexicon source: any KnownEntitySource,
                             base: String = GraphIRI.defaultBase, version: String = KhaosanCore.version) -> KnowledgeGraph {
        build(from: extractions, known: source.knownEntities, ambiguousAcronyms: source.ambiguousAcronyms,
              base: base, version: version)
    }

    /// Number of mentions (annotation nodes).
    public var mentionCount: Int { annotationTable.count }

    /// One annotation per mention, sorted by document id then offsets (made on each call).
    public var annotations: [GraphAnnotation] { annotationTable.annotations().sorted() }

    /// The node with IRI `id` (an article's node or statement of a built graph is made anew,
    /// after a linear search for its article: for tests and single look-ups, not loops).
    public func node(_ id: String) -> GraphNode? {
        if let node = storedNode(id) { return node }
        guard let articles else { return nil }
        let article = String(id.prefix { $0 != "#" })
        guard let index = articles.lookup.documents.firstIndex(where: { iri.document($0.id) == article }) else { return nil }
        return articles.nodes(ofDocument: index, article: article, holds: holds).first { $0.id == id }
    }

    /// The stored node with IRI `id` (binary search).
    func storedNode(_ id: String) -> GraphNode? {
        var low = 0, high = storedNodes.count
        while low < high {
            let mid = (low + high) / 2
            if storedNodes[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < storedNodes.count && storedNodes[low].id == id ? storedNodes[low] : nil
    }

    /// Entity nodes (nodes with a label; articles and statements have none).
    public var entities: [GraphNode] { storedNodes.filter { $0.label != nil } }

    /// Number of `NewsArticle` nodes.
    var articleCount: Int {
        storedNodes.lazy.filter { $0.types == ["NewsArticle"] }.count + (articles?.count ?? 0)
    }

    /// Two graphs are equal when their base, version, nodes and annotations are.
    public static func == (a: KnowledgeGraph, b: KnowledgeGraph) -> Bool {
        a.base == b.base && a.version == b.version && a.nodes == b.nodes && a.annotations == b.annotations
    }

    /// Mentions per entity IRI, and per label.
    func mentionCounts() -> (perEntity: [String: Int], perLabel: [MentionLabel: Int]) {
        let table = annotationTable
        var perEntityNumber = [Int](repeating: 0, count: table.entityIDs.count)
        var perLabel: [MentionLabel: Int] = [:]
        for (index, document) in table.documents.enumerated() {
            for (local, mention) in document.mentions.enumerated() {
                let entity = table.entityOfMention[table.firstMention[index] + local]
                guard entity >= 0 else { continue }
                perEntityNumber[Int(entity)] += 1
                perLabel[mention.label, default: 0] += 1
            }
        }
        var perEntity: [String: Int] = [:]
        for (number, count) in perEntityNumber.enumerated() where count > 0 {
            perEntity[table.entityIDs[number], default: 0] += count
        }
        return (perEntity, perLabel)
    }
}
