/// One span of a document that refers to a person, organisation, place, date or event.
///
/// `range` is in Unicode scalar offsets of the **source** text (`Document.source`),
/// half-open, as in ThaiNER/spaCy gold files — in a `DocumentExtraction` and in every stage
/// after the extractors. While a document is analysed, an extractor's mentions carry
/// offsets of the normalised text instead (`AnalyzedDocument`), until the pipeline maps them.
public struct Mention: Hashable, Codable, Sendable {
    /// Range in scalar offsets of the source text (of the normalised text inside an extractor).
    public var range: ScalarRange
    public var label: MentionLabel
    /// The source text covered by `range`, verbatim.
    public var text: String
    /// Normalised value: ISO 8601 date, interval (`a/b`) or partial date for DATE;
    /// nil when the text does not determine one.
    public var value: String?
    /// A qualifier of a vague date value, e.g. `late` for "ปลายปี 2562".
    public var qualifier: String?
    /// Name parts, for PERSON.
    public var person: PersonNameParts?
    /// Confidence in `0...1`.
    public var confidence: Double
    /// Which rule, lexicon or model produced the mention, e.g. `date.full-month`.
    public var source: String
    /// Extra facts for the graph, e.g. `acronym`, `location`, `longForm`.
    public var attributes: [MentionAttribute: String]

    public init(range: ScalarRange, label: MentionLabel, text: String, value: String? = nil,
                qualifier: String? = nil, person: PersonNameParts? = nil,
                confidence: Double = 1.0, source: String, attributes: [MentionAttribute: String] = [:]) {
        self.range = range
        self.label = label
        self.text = text
        self.value = value
        self.qualifier = qualifier
        self.person = person
        self.confidence = confidence
        self.source = source
        self.attributes = attributes
    }
}
