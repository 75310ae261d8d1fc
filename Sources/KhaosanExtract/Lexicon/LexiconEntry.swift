import KhaosanCore

/// One known thing: an organisation, place or person with its names.
///
/// Line format of a lexicon file (tab-separated; `#` starts a comment line):
/// `LABEL<TAB>canonical Thai name<TAB>alias|alias|…<TAB>key=value;key=value`
/// Known keys: `en` (English name), `th-Latn` (romanised name), `wikidata`
/// (Q-id), `type` (schema.org type, e.g. `GovernmentOrganization`), `in`
/// (canonical name of the containing place). The last two columns may be empty.
public struct LexiconEntry: Hashable, Sendable {
    public var label: MentionLabel
    /// The canonical (Thai) name.
    public var name: String
    /// Other names: Thai variants, English names, acronyms.
    public var aliases: [String]
    /// `key=value` properties (see the type's documentation).
    public var properties: [String: String]
    /// Where the entry came from: `file:line`.
    public var origin: String

    public init(label: MentionLabel, name: String, aliases: [String] = [], properties: [String: String] = [:],
                origin: String = "") {
        self.label = label
        self.name = name
        self.aliases = aliases
        self.properties = properties
        self.origin = origin
    }

    /// The canonical name followed by every alias.
    public var allNames: [String] { [name] + aliases }

    /// Wikidata Q-id, if known.
    public var wikidata: String? { properties["wikidata"] }
    /// English name, if known.
    public var english: String? { properties["en"] }
}
