import KhaosanCore

/// One mention as a member of a resolved entity.
public struct EntityMember: Hashable, Sendable {
    public var documentID: String
    /// The article's publication date (ISO 8601), if known; orders members for stable ids.
    public var datePublished: String?
    public var mention: Mention
    /// The mention's matching key (see `NameKey`), document-scoped keys start with `d:`.
    public var key: String
}
