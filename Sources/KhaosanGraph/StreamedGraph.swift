import KhaosanCore
import KhaosanExtract
import KhaosanResolve

/// A knowledge graph as `build` and `merge` write it: the same graph as
/// `KnowledgeGraph`, but its mentions stay in the extractions (one entity number per
/// mention) and `JSONLDWriter` writes their `oa:Annotation` nodes while streaming, so
/// memory is bounded by the entities, not by one object per mention.
public struct StreamedGraph: Sendable {
    /// The IRI base everything is under.
    public let base: String
    /// The khaosan version that built the graph.
    public let version: String
    /// Entity, article, time and dataset nodes, sorted by `id`.
    public let nodes: [GraphNode]
    /// The mentions, written as annotations.
    let annotations: AnnotationTable

    init(base: String, version: String, nodes: [GraphNode], annotations: AnnotationTable) {
        self.base = base
        self.version = version
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.annotations = annotations
    }

    /// Builds the graph of `extractions` (any order; duplicates by id resolved as in
    /// `KnowledgeGraph.build`), merging entities with `known` aliases and never on one of
    /// `ambiguousAcronyms` alone.
    public static func build(from extractions: [DocumentExtraction], known: [KnownEntity] = [],
                             ambiguousAcronyms: AmbiguousAcronyms = AmbiguousAcronyms(),
                             base: String = GraphIRI.defaultBase, version: String = KhaosanCore.version) -> StreamedGraph {
        GraphBuilder(iri: GraphIRI(base: base), known: known, ambiguousAcronyms: ambiguousAcronyms.acronyms,
                     version: version).streamed(extractions)
    }

    /// Number of mentions (annotation nodes).
    public var mentionCount: Int { annotations.count }

    /// The same graph with one `GraphAnnotation` per mention.
    public var knowledgeGraph: KnowledgeGraph {
        KnowledgeGraph(base: base, version: version, nodes: nodes, annotations: annotations.annotations())
    }

    /// Mentions per entity IRI, and per label.
    func mentionCounts() -> (perEntity: [String: Int], perLabel: [MentionLabel: Int]) {
        var perEntityNumber = [Int](repeating: 0, count: annotations.entityIDs.count)
        var perLabel: [MentionLabel: Int] = [:]
        for (index, document) in annotations.documents.enumerated() {
            for (local, mention) in document.mentions.enumerated() {
                let entity = annotations.entityOfMention[annotations.firstMention[index] + local]
                guard entity >= 0 else { continue }
                perEntityNumber[Int(entity)] += 1
                perLabel[mention.label, default: 0] += 1
            }
        }
        var perEntity: [String: Int] = [:]
        for (number, count) in perEntityNumber.enumerated() where count > 0 {
            perEntity[annotations.entityIDs[number], default: 0] += count
        }
        return (perEntity, perLabel)
    }
}
