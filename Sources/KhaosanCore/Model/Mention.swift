/// One span of a document that refers to a person, organisation, place, date or event.
///
/// `range` is in Unicode scalar offsets of the **source** text (`Document.source`),
/// half-open, as in ThaiNER/spaCy gold files — in a `DocumentExtraction` and in every stage
/// after the extractors. While a document is analysed, an extractor's mentions carry
/// offsets of the normalised text instead (`AnalyzedDocument`), until the pipeline maps them.
public struct Mention: Hashable, Codable, Sendable {
    /// Range in scalar offsets of the source text (of the normalised text inside an extractor).
    public var range: ScalarRange
    /// The source text covered by `range`, verbatim.
    public var text: String
    /// Which rule, lexicon or model produced the mention, e.g. `date.full-month`.
    public var source: String
    /// Confidence in `0...1`.
    public var confidence: Double
    /// The fields most mentions leave empty (value, qualifier, name parts, attributes), in one
    /// shared immutable box, nil when all are empty: an archive holds millions of mentions
    /// until its graph is written, and inline they made a `Mention` 160 bytes instead of 72.
    package private(set) var details: MentionDetails?
    /// What the span names: PERSON, ORG, PLACE, DATE or EVENT.
    public var label: MentionLabel

    /// Normalised value: ISO 8601 date, interval (`a/b`) or partial date for DATE;
    /// nil when the text does not determine one.
    public var value: String? {
        get { details?.value }
        set { setDetails(value: newValue) }
    }
    /// A qualifier of a vague date value, e.g. `late` for "ปลายปี 2562".
    public var qualifier: String? {
        get { details?.qualifier }
        set { setDetails(qualifier: .some(newValue)) }
    }
    /// Name parts, for PERSON.
    public var person: PersonNameParts? {
        get { details?.person }
        set { setDetails(person: .some(newValue)) }
    }
    /// Extra facts for the graph, e.g. `acronym`, `location`, `longForm`.
    public var attributes: [MentionAttribute: String] {
        get { details?.attributes ?? [:] }
        set { setDetails(attributes: newValue) }
    }

    public init(range: ScalarRange, label: MentionLabel, text: String, value: String? = nil,
                qualifier: String? = nil, person: PersonNameParts? = nil,
                confidence: Double = 1.0, source: String, attributes: [MentionAttribute: String] = [:]) {
        self.range = range
        self.label = label
        self.text = text
        self.confidence = confidence
        self.source = source
        self.details = MentionDetails.make(value: value, qualifier: qualifier, person: person, attributes: attributes)
    }

    /// Replaces the details box by `details` (equal content, e.g. a box shared by `ExtractionInterner`).
    package mutating func share(_ details: MentionDetails) {
        precondition(details == self.details ?? MentionDetails.empty, "a shared box must hold the same details")
        self.details = details.isEmpty ? nil : details
    }

    /// A new box with the given fields changed (`nil`: unchanged; `.some(nil)`: cleared).
    private mutating func setDetails(value: String?? = nil, qualifier: String?? = nil, person: PersonNameParts?? = nil,
                                     attributes: [MentionAttribute: String]? = nil) {
        let old = details
        details = MentionDetails.make(value: value ?? old?.value, qualifier: qualifier ?? old?.qualifier,
                                      person: person ?? old?.person, attributes: attributes ?? old?.attributes ?? [:])
    }

    public static func == (a: Mention, b: Mention) -> Bool {
        a.range == b.range && a.label == b.label && a.text == b.text && a.confidence == b.confidence
            && a.source == b.source && (a.details ?? .empty) == (b.details ?? .empty)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(label)
        hasher.combine(text)
        hasher.combine(value)
        hasher.combine(qualifier)
        hasher.combine(person)
        hasher.combine(confidence)
        hasher.combine(source)
        hasher.combine(attributes)
    }

    private enum CodingKeys: String, CodingKey {
        case range, label, text, value, qualifier, person, confidence, source, attributes
    }

    /// The coding of the memberwise struct this was (the keys in declaration order, optionals
    /// left out when nil, `attributes` required), so extraction files read and write as before.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let range = try container.decode(ScalarRange.self, forKey: .range)
        let label = try container.decode(MentionLabel.self, forKey: .label)
        let text = try container.decode(String.self, forKey: .text)
        let value = try container.decodeIfPresent(String.self, forKey: .value)
        let qualifier = try container.decodeIfPresent(String.self, forKey: .qualifier)
        let person = try container.decodeIfPresent(PersonNameParts.self, forKey: .person)
        let confidence = try container.decode(Double.self, forKey: .confidence)
        let source = try container.decode(String.self, forKey: .source)
        let attributes = try container.decode([MentionAttribute: String].self, forKey: .attributes)
        self.init(range: range, label: label, text: text, value: value, qualifier: qualifier, person: person,
                  confidence: confidence, source: source, attributes: attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(range, forKey: .range)
        try container.encode(label, forKey: .label)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encodeIfPresent(qualifier, forKey: .qualifier)
        try container.encodeIfPresent(person, forKey: .person)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(source, forKey: .source)
        try container.encode(attributes, forKey: .attributes)
    }
}
