import KhaosanCore

/// One thing a lexicon knows, as the resolver and the graph need it: its label,
/// canonical Thai name, other names (Thai variants, English names, acronyms) and
/// properties. Property keys follow the lexicon format: `en` (English name),
/// `th-Latn` (romanised name), `wikidata` (Q-id), `type` (schema.org type),
/// `in` (canonical name of the containing place).
public struct KnownEntity: Hashable, Sendable {
    public var label: MentionLabel
    /// The canonical name (Thai when there is one).
    public var name: String
    /// Other names of the same thing.
    public var aliases: [String]
    public var properties: [String: String]

    public init(label: MentionLabel, name: String, aliases: [String] = [], properties: [String: String] = [:]) {
        self.label = label
        self.name = name
        self.aliases = aliases
        self.properties = properties
    }

    /// The canonical name followed by every alias.
    public var allNames: [String] { [name] + aliases }
    public var english: String? { properties["en"] }
    public var romanized: String? { properties["th-Latn"] }
    public var wikidata: String? { properties["wikidata"] }
    public var schemaType: String? { properties["type"] }
}
