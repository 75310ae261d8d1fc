import KhaosanExtract

extension Lexicon: KnownEntitySource {
    /// Every lexicon entry as a known entity for resolution (same label, names and properties).
    public var knownEntities: [KnownEntity] {
        entries.map { KnownEntity(label: $0.label, name: $0.name, aliases: $0.aliases, properties: $0.properties) }
    }
}
