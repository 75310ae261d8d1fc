/// The fields of a `Mention` that most mentions leave empty, in one immutable box that equal
/// mentions may share (`ExtractionInterner` shares equal boxes byte for byte): a date's
/// value and qualifier, a person's name parts, the attributes for the graph.
package final class MentionDetails: Hashable, Sendable {
    package let value: String?
    package let qualifier: String?
    package let person: PersonNameParts?
    package let attributes: [MentionAttribute: String]

    package init(value: String?, qualifier: String?, person: PersonNameParts?, attributes: [MentionAttribute: String]) {
        self.value = value
        self.qualifier = qualifier
        self.person = person
        self.attributes = attributes
    }

    /// The box with nothing in it (what a mention without a box holds).
    static let empty = MentionDetails(value: nil, qualifier: nil, person: nil, attributes: [:])

    /// Whether every field is empty.
    package var isEmpty: Bool { value == nil && qualifier == nil && person == nil && attributes.isEmpty }

    /// A box of the fields, nil when all are empty.
    static func make(value: String?, qualifier: String?, person: PersonNameParts?,
                     attributes: [MentionAttribute: String]) -> MentionDetails? {
        if value == nil && qualifier == nil && person == nil && attributes.isEmpty { return nil }
        return MentionDetails(value: value, qualifier: qualifier, person: person, attributes: attributes)
    }

    /// Equal contents (`String` equality, as `Mention`'s was).
    package static func == (a: MentionDetails, b: MentionDetails) -> Bool {
        a === b || (a.value == b.value && a.qualifier == b.qualifier && a.person == b.person && a.attributes == b.attributes)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(qualifier)
        hasher.combine(person)
        hasher.combine(attributes)
    }
}
