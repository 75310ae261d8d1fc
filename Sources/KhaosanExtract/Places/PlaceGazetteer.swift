/// Every PLACE name and alias of a lexicon in a scalar trie, for matching on
/// normalised text (scalar offsets).
struct PlaceGazetteer: Sendable {
    /// The matched entries (payloads index this).
    let entries: [LexiconEntry]
    /// Every name and alias; payloads index `entries`.
    let trie: ScalarTrie

    init(lexicon: Lexicon) {
        let places = lexicon.entries(labeled: .place)
        var trie = ScalarTrie()
        for (index, entry) in places.enumerated() {
            for name in entry.allNames { trie.insert(name, payload: index) }
        }
        self.entries = places
        self.trie = trie.compacted()
    }

    /// Whether the entry is also a common word (`ambiguous=1`): matched only after a head.
    func isAmbiguous(_ index: Int) -> Bool { entries[index].properties["ambiguous"] == "1" }

    /// Whether the name written at `range` must follow a preposition (`needsPreposition=NAME`).
    func needsPreposition(_ entry: Int, written name: String) -> Bool {
        entries[entry].properties["needsPreposition"]?.split(separator: ",").contains { $0 == name } ?? false
    }

    /// The schema.org type of an entry (`type=`), if any.
    func type(_ entry: Int) -> String? { entries[entry].properties["type"] }

    /// True for the entry of one of Thailand's provinces (not a district, not a country).
    func isThaiProvince(_ index: Int) -> Bool {
        let properties = entries[index].properties
        return properties["in"] == "ไทย" && properties["type"] == "AdministrativeArea"
    }

    /// Whether the entry is a place outside Thailand: a country other than ไทย, or a city
    /// whose `country=` is not Thailand.
    func isForeign(_ index: Int) -> Bool {
        let entry = entries[index]
        if entry.properties["type"] == "Country" { return entry.name != "ไทย" }
        if let country = entry.properties["country"] { return country != "Thailand" }
        return false
    }

    /// Whether any entry (ambiguous or not) starts at `start`.
    func hasMatch(in scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var found = false
        trie.forEachMatchEnd(in: scalars, at: start) { _ in
            found = true
            return false
        }
        return found
    }

    /// Matches starting at `start` whose end `isEnd` accepts, longest first;
    /// `afterHead` admits ambiguous entries.
    func matches(in scalars: [Unicode.Scalar], at start: Int, afterHead: Bool,
                 isEnd: (Int) -> Bool) -> [(end: Int, entry: Int)] {
        trie.matches(in: scalars, at: start).reversed().compactMap { match in
            guard isEnd(match.end) else { return nil }
            guard let entry = match.payloads.first(where: { afterHead || !isAmbiguous($0) }) else { return nil }
            return (match.end, entry)
        }
    }
}
