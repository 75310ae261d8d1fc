import KhaosanCore

/// One real-world thing: the mentions of all documents that denote it.
public struct ResolvedEntity: Hashable, Sendable {
    public var label: MentionLabel
    /// The key the entity's id derives from (see `EntityResolver`).
    public var idKey: String
    /// Every matching key merged into the entity (sorted): its mentions', and the names
    /// linked to them (acronyms, "X (Y)" names, lexicon aliases).
    public var keys: [String]
    /// The lexicon entry the entity matched, if any.
    public var known: KnownEntity?
    /// Members sorted by document id, then range.
    public var members: [EntityMember]
}
