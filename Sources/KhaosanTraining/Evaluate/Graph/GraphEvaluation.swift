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
