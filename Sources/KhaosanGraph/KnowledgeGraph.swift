import KhaosanCore
import KhaosanExtract
import KhaosanResolve

/// The deduplicated knowledge graph: entity, article and time nodes plus one
/// annotation per mention. A pure function of the set of extractions, the known
/// entities and the options; `JSONLDWriter` writes it.
public struct KnowledgeGraph: Hashable, Sendable {
    /// The IRI base everything is under.
    public var base: String
    /// The khaosan version that built the graph (recorded once, on the dataset node).
    public var version: String
    /// All nodes, sorted by `id` (entities, articles, auxiliary time instants, the dataset).
    public var nodes: [GraphNode]
    /// One per mention, sorted by document id then offsets.
    public var annotations: [GraphAnnotation]

    public init(base: String, version: String, nodes: [GraphNode], annotations: [GraphAnnotation]) {
        self.base = base
        self.version = version
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.annotations = annotations.sorted()
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

    /// The node with IRI `id`.
    public func node(_ id: String) -> GraphNode? { Self.binarySearch(nodes, id) }

    /// The node with IRI `id` in `nodes` sorted by id.
    static func binarySearch(_ nodes: [GraphNode], _ id: String) -> GraphNode? {
        var low = 0, high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low].id == id ? nodes[low] : nil
    }

    /// Entity nodes (nodes with a label).
    public var entities: [GraphNode] { nodes.filter { $0.label != nil } }
}
