/// Chooses an entity's names from its mentions and lexicon entry.
///
/// Rule: forms (PERSON without titles, others verbatim with whitespace
/// collapsed) are ranked full names before acronyms, then by frequency, then length, then code-point order;
/// the lexicon's canonical and English names win when there is an entry.
/// Thai-script names go under `th` (and, except for dates, their ICU
/// transliteration under `th-Latn`); Latin-script names under `en` (`und-Latn` for people, whose
/// names are not English). Every other form is an `alternateName`.
enum EntityNaming {
    static func isThai(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x0E01 && $0.value <= 0x0E5B }
    }

    static func displayForm(of mention: Mention) -> String {
        let text = mention.label == .person ? NameKey.personName(text: mention.text, person: mention.person) : mention.text
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `(names, alternateNames)` for an entity with `label`, lexicon entry `known` and member `mentions`.
    static func names(label: MentionLabel, known: KnownEntity?, mentions: [Mention], transliterator: Transliterator?)
        -> (names: [String: String], alternates: [String: [String]]) {
        var counts: [String: Int] = [:]
        for mention in mentions { counts[displayForm(of: mention), default: 0] += 1 }
        let ranked = counts.keys.sorted { a, b in
            // Full names before acronyms ("บพท." is an alternate name of its long form).
            let aa = NameKey.isAcronym(a), ab = NameKey.isAcronym(b)
            if aa != ab { return !aa }
            let ca = counts[a]!, cb = counts[b]!
            if ca != cb { return ca > cb }
            let la = a.unicodeScalars.count, lb = b.unicodeScalars.count
            if la != lb { return la > lb }
            return a < b
        }
        let latinTag = label == .person ? "und-Latn" : "en"
        var names: [String: String] = [:]
        if let known {
            names[isThai(known.name) ? "th" : latinTag] = known.name
            if let english = known.english { names["en"] = english }
            if let romanized = known.romanized { names["th-Latn"] = romanized }
        }
        // A canonical name an extractor took from its lexicon (`lexiconName`, a PLACE's `value`) comes first.
        let canonical = mentions.compactMap { mention -> String? in
            mention.attributes[MentionAttribute.lexiconName] ?? (mention.label == .date ? nil : mention.value)
        }
        if names["th"] == nil, let name = GraphBuilder.mostFrequent(Dictionary(canonical.map { ($0, 1) }, uniquingKeysWith: +)),
           isThai(name) { names["th"] = name }
        if names["th"] == nil, let thai = ranked.first(where: isThai) { names["th"] = thai }
        if names[latinTag] == nil {
            let latin = ranked.filter { !isThai($0) }
            if let best = latin.first(where: { !NameKey.isAcronym($0) }) ?? latin.first { names[latinTag] = best }
        }
        if names["th-Latn"] == nil, label != .date, let thai = names["th"], let transliterator {
            names["th-Latn"] = transliterator.transliterate(thai)
        }
        // Names an extractor wrote beside a mention ("X (Y)", "X หรือ Y") are names of the entity too.
        let besides = mentions.flatMap { mention in
            MentionAttribute.sameEntity.compactMap { mention.attributes[$0] }
        }.map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        var alternates: [String: Set<String>] = [:]
        let used = Set(names.values)
        for form in ranked + besides + (known?.allNames ?? []) where !used.contains(form) && !form.isEmpty {
            alternates[isThai(form) ? "th" : latinTag, default: []].insert(form)
        }
        return (names, alternates.mapValues { $0.sorted() })
    }
}
