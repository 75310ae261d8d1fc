/// A relation predicate khaosan records: a schema.org property name, written as its
/// `rawValue` (in `extract` output, the cache and the graph).
public enum RelationPredicate: String, CaseIterable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// Person → literal role noun, e.g. `อธิการบดี`.
    case jobTitle
    /// Person → organisation, when a role noun says the person holds a post there.
    case worksFor
    /// Person → organisation written next to the name without a role noun.
    case affiliation
    /// Organisation or event → place.
    case location
    /// Place → the larger place it lies in ("กรุงฮานอย ประเทศเวียดนาม").
    case containedInPlace
    /// Event → literal ISO 8601 date.
    case startDate
    /// Event → literal ISO 8601 date.
    case endDate
    /// Event → organisation.
    case organizer
    /// Organisation → the organisation it belongs to (from `MentionAttribute.parentOrganization`).
    case parentOrganization

    public var description: String { rawValue }

    /// Predicates order by name (as written), not by declaration.
    public static func < (a: RelationPredicate, b: RelationPredicate) -> Bool { a.rawValue < b.rawValue }
}
