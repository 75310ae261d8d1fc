/// An article and the words around one occurrence, the occurrence in [brackets].
public struct GraphErrorExample: Hashable, Codable, Sendable {
    public var document: String
    public var context: String
}

/// One side of a split or mix: a node (for a split) or a registry entity (for a mix) and how
/// many covered occurrences it has in the cluster.
public struct ClusterErrorPart: Hashable, Codable, Sendable {
    /// Node IRI (split) or registry id (mix).
    public var id: String
    public var name: String
    public var occurrences: Int
    public var examples: [GraphErrorExample]
}

/// A registry entity spread over several nodes (split) or a node holding several registry
/// entities (mix), with its parts, largest first.
public struct ClusterError: Hashable, Codable, Sendable {
    /// Registry id (split) or node IRI (mix).
    public var id: String
    public var name: String
    public var label: String
    /// Covered occurrences in the cluster.
    public var occurrences: Int
    /// Occurrences outside its largest part: what the error costs.
    public var outsideLargestPart: Int
    /// Number of parts (nodes of a split, entities of a mix).
    public var partCount: Int
    /// The largest parts (at most `GraphEvaluator.partsListed`).
    public var parts: [ClusterErrorPart]
}
