import KhaosanExtract

extension Lexicon: KnownEntitySource {
    /// Every lexicon entry as a known entity for resolution (same label, names and properties),
    /// entries with the same label and canonical name combined into one, in lexicon order:
    /// aliases joined (first seen first), properties of a later entry added to, and on a
    /// conflict replacing, an earlier one's. So a `--lexicon` line for a body a bundled list
    /// already names (`ORG	กรมป้องกันและบรรเทาสาธารณภัย	ปภ.	en=…;wikidata=…`) adds its aliases
    /// and properties instead of being dropped as a second entry for the same body.
    public var knownEntities: [KnownEntity] {
        var result: [KnownEntity] = []
        var index: [String: Int] = [:]
        for entry in entries {
            let key = entry.label.rawValue + "\t" + entry.name
            guard let i = index[key] else {
                index[key] = result.count
                result.append(KnownEntity(label: entry.label, name: entry.name, aliases: entry.aliases, properties: entry.properties))
                continue
            }
            for alias in entry.aliases where !result[i].aliases.contains(alias) { result[i].aliases.append(alias) }
            result[i].properties.merge(entry.properties) { _, later in later }
        }
        return result
    }
}
