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
