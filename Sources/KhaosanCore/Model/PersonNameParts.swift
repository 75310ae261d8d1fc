/// The parts of a person's name as written in one mention.
public struct PersonNameParts: Hashable, Codable, Sendable {
    /// Titles, ranks and honorifics in order, e.g. `["รองศาสตราจารย์", "ดร."]`.
    public var titles: [String]
    /// Given name, e.g. `สุภกร`.
    public var given: String?
    /// Family name, e.g. `พงศบางโพธิ์`.
    public var family: String?
    /// Role noun written before the name, e.g. `อธิการบดี` (a jobTitle for the graph).
    public var role: String?

    public init(titles: [String] = [], given: String? = nil, family: String? = nil, role: String? = nil) {
        self.titles = titles
        self.given = given
        self.family = family
        self.role = role
    }
}
