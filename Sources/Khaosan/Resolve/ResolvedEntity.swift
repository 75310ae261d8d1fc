/// One mention as a member of a resolved entity.
public struct EntityMember: Hashable, Sendable {
    public var documentID: String
    /// The article's publication date (ISO 8601), if known; orders members for stable ids.
    public var datePublished: String?
    public var mention: Mention
    /// The mention's matching key (see `NameKey`), document-scoped keys start with `d:`.
    public var key: String
}

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
