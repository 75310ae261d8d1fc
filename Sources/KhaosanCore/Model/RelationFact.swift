/// A relation the text of one document states, found by `RelationExtractor`.
///
/// The subject is a mention of the same document (its source range, Unicode
/// scalar offsets); the object is another mention or a literal such as a job
/// title or an ISO 8601 date. Predicates are schema.org property names
/// (`RelationPredicate`).
public struct RelationFact: Hashable, Codable, Sendable, Comparable {
    /// Range of the subject mention, in scalar offsets of the source text.
    public var subject: ScalarRange
    /// A schema.org property, e.g. `worksFor` (see `RelationPredicate`).
    public var predicate: RelationPredicate
    /// Range of the object mention (scalar offsets of the source), when the object is an entity.
    public var object: ScalarRange?
    /// The literal object (job title, ISO date), when the object is not an entity.
    public var literal: String?
    /// Which rule found the relation, e.g. `relation.role-org-person`.
    public var source: String

    public init(subject: ScalarRange, predicate: RelationPredicate, object: ScalarRange? = nil,
                literal: String? = nil, source: String) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.literal = literal
        self.source = source
    }

    public static func < (a: RelationFact, b: RelationFact) -> Bool {
        if a.subject != b.subject { return a.subject < b.subject }
        if a.predicate != b.predicate { return a.predicate < b.predicate }
        let ao = a.object ?? ScalarRange(-1, -1), bo = b.object ?? ScalarRange(-1, -1)
        if ao != bo { return ao < bo }
        if (a.literal ?? "") != (b.literal ?? "") { return (a.literal ?? "") < (b.literal ?? "") }
        return a.source < b.source
    }
}
