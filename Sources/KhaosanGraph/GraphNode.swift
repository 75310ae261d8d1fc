import KhaosanCore

/// One node of the knowledge graph: an entity, an article, an auxiliary time
/// instant or the dataset description. Written as one JSON-LD node object.
public struct GraphNode: Hashable, Sendable {
    /// Full IRI.
    public var id: String
    /// The label of the mentions this entity resolves, nil for articles and auxiliary nodes.
    public var label: MentionLabel?
    /// Compact types, e.g. `["CollegeOrUniversity"]`, `["time:Instant"]` (sorted).
    public var types: [String]
    /// `name` as a language map: `th`, `th-Latn`, `en`, `und-Latn`.
    public var names: [String: String]
    /// `alternateName` as a language map of sorted names.
    public var alternateNames: [String: [String]]
    /// Other properties by compact name (`worksFor`, `time:inXSDDate`, …) → sorted unique values.
    public var properties: [String: [GraphValue]]

    public init(id: String, label: MentionLabel? = nil, types: [String], names: [String: String] = [:],
                alternateNames: [String: [String]] = [:], properties: [String: [GraphValue]] = [:]) {
        self.id = id
        self.label = label
        self.types = types.sorted()
        self.names = names
        self.alternateNames = alternateNames
        self.properties = properties
    }

    /// Adds `value` to `property`, keeping values sorted and unique.
    public mutating func add(_ property: String, _ value: GraphValue) {
        var values = properties[property] ?? []
        if !values.contains(value) {
            values.append(value)
            values.sort()
        }
        properties[property] = values
    }

    /// Every name and alternate name, any language.
    public var allNames: [String] {
        Array(names.values) + alternateNames.values.flatMap { $0 }
    }
}
