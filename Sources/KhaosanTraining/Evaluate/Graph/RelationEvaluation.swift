/// Precision and recall of one predicate's facts under one way of comparing strings.
public struct RelationMatchScore: Hashable, Codable, Sendable {
    /// System facts that match a gold fact.
    public var correct: Int
    /// Gold facts that a system fact matches.
    public var found: Int
    /// correct / system facts (0 when there are none).
    public var precision: Double
    /// found / gold facts (0 when there are none).
    public var recall: Double
}

/// The scores of one predicate (`jobTitle`, `worksFor`, `location`).
public struct RelationPredicateScore: Hashable, Codable, Sendable {
    public var predicate: String
    /// Gold facts in the scored articles.
    public var gold: Int
    /// Distinct system facts (subject, object strings) in the scored articles.
    public var system: Int
    /// Subject and object equal after removing all whitespace.
    public var strict: RelationMatchScore
    /// Subject and object each: one contains the other (after removing all whitespace).
    public var lenient: RelationMatchScore
}

/// One system or gold fact that found no partner (strict), for `--errors`.
public struct RelationErrorFact: Hashable, Codable, Sendable {
    public var document: String
    public var subject: String
    public var predicate: String
    public var object: String
}

/// Relation scores over the articles of the gold relations file.
public struct RelationEvaluation: Hashable, Codable, Sendable {
    /// Gold articles scored.
    public var documents: Int
    /// Gold articles absent from the extraction (all their gold facts count as missed).
    public var missingDocuments: [String]
    /// jobTitle, worksFor, location.
    public var predicates: [RelationPredicateScore]
    /// System facts with no strictly equal gold fact (at most `--errors`).
    public var spurious: [RelationErrorFact]
    /// Gold facts with no strictly equal system fact (at most `--errors`).
    public var missed: [RelationErrorFact]
}
