/// The relation predicates khaosan records (schema.org property names).
public enum RelationPredicate {
    /// Person → literal role noun, e.g. `อธิการบดี`.
    public static let jobTitle = "jobTitle"
    /// Person → organisation, when a role noun says the person holds a post there.
    public static let worksFor = "worksFor"
    /// Person → organisation written next to the name without a role noun.
    public static let affiliation = "affiliation"
    /// Organisation or event → place.
    public static let location = "location"
    /// Place → the larger place it lies in ("กรุงฮานอย ประเทศเวียดนาม").
    public static let containedInPlace = "containedInPlace"
    /// Event → literal ISO 8601 date.
    public static let startDate = "startDate"
    /// Event → literal ISO 8601 date.
    public static let endDate = "endDate"
    /// Event → organisation.
    public static let organizer = "organizer"

    /// Predicates whose object is an entity.
    public static let entityValued: Set<String> = [worksFor, affiliation, location, containedInPlace, organizer]
}
