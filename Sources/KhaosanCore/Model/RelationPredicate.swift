/// A relation predicate khaosan records: a schema.org property name, written as its
/// `rawValue` (in `extract` output, the cache and the graph).
public struct RelationPredicate: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The schema.org property name.
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// Predicates order by name.
    public static func < (a: RelationPredicate, b: RelationPredicate) -> Bool { a.rawValue < b.rawValue }

    /// Person → literal role noun, e.g. `อธิการบดี`.
    public static let jobTitle = RelationPredicate(rawValue: "jobTitle")
    /// Person → organisation, when a role noun says the person holds a post there.
    public static let worksFor = RelationPredicate(rawValue: "worksFor")
    /// Person → organisation written next to the name without a role noun.
    public static let affiliation = RelationPredicate(rawValue: "affiliation")
    /// Organisation or event → place.
    public static let location = RelationPredicate(rawValue: "location")
    /// Place → the larger place it lies in ("กรุงฮานอย ประเทศเวียดนาม").
    public static let containedInPlace = RelationPredicate(rawValue: "containedInPlace")
    /// Event → literal ISO 8601 date.
    public static let startDate = RelationPredicate(rawValue: "startDate")
    /// Event → literal ISO 8601 date.
    public static let endDate = RelationPredicate(rawValue: "endDate")
    /// Event → organisation.
    public static let organizer = RelationPredicate(rawValue: "organizer")
    /// Organisation → the organisation it belongs to (from `MentionAttribute.parentOrganization`).
    public static let parentOrganization = RelationPredicate(rawValue: "parentOrganization")

    /// Predicates whose object is an entity.
    public static let entityValued: Set<RelationPredicate> = [worksFor, affiliation, location, containedInPlace, organizer]
}
