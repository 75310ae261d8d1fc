/// The scores of a graph against a graph gold registry (`GraphEvaluator`), per label.
public struct GraphLabelScore: Hashable, Codable, Sendable {
    /// `PERSON`, `ORG`, `PLACE`, or `all`.
    public var label: String
    /// Scored occurrences (variant occurrences on word boundaries, longest match, not nested).
    public var occurrences: Int
    /// Occurrences a mention of the right label spans.
    public var covered: Int
    /// Occurrences inside a longer system mention that does not span them: not scored.
    public var nested: Int
    /// covered / occurrences (0 when there are none).
    public var coverage: Double
    /// B-cubed over the covered occurrences: gold cluster = registry entity, system cluster = entity node.
    public var bcubed: BCubedScore
    /// Registry entities with at least one covered occurrence.
    public var entities: Int
    /// Mean number of distinct entity nodes per such entity.
    public var nodesPerEntity: Double
    /// Such entities whose covered occurrences are all on one node.
    public var entitiesOnOneNode: Int
    /// entitiesOnOneNode / entities.
    public var shareOnOneNode: Double
}

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

/// A variant string, as written, whose occurrences no mention spans (and no longer mention contains).
public struct MissedVariant: Hashable, Codable, Sendable {
    /// Registry id.
    public var id: String
    public var name: String
    public var label: String
    /// The occurrence's source text.
    public var text: String
    public var occurrences: Int
    public var examples: [GraphErrorExample]
}

/// Everything `khaosan eval-graph` reports.
public struct GraphEvaluation: Hashable, Codable, Sendable {
    /// Articles read and scored.
    public var documents: Int
    /// PERSON, ORG, PLACE, then all labels together.
    public var labels: [GraphLabelScore]
    /// The worst splits, costliest first.
    public var splits: [ClusterError]
    /// The worst mixes, costliest first.
    public var mixes: [ClusterError]
    /// The most often missed variant strings.
    public var misses: [MissedVariant]
    /// Relation scores, when an extraction was given.
    public var relations: RelationEvaluation?
}
