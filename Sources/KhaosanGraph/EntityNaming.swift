import KhaosanCore
import KhaosanText
import KhaosanExtract
import KhaosanResolve

/// Chooses an entity's names from its mentions and lexicon entry.
///
/// Rule: forms (PERSON without titles, others verbatim with whitespace
/// collapsed) are ranked full names before acronyms, then by frequency, then length, then code-point order;
/// the lexicon's canonical and English names win when there is an entry.
/// Thai-script names go under `th` (and, except for dates, their RTGS
/// romanisation under `th-Latn`, `RTGSRomanizer`); Latin-script names under `en` (`und-Latn` for people, whose
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
    /// A name written beside a mention ("X (Y)") is the entity's only when its key is one of `keys`
    /// (the resolver may have found that it names something else); nil accepts every such name.
    /// `names` memoises display forms and acronym tests across entities.
    static func names(label: MentionLabel, known: KnownEntity?, mentions: [Mention], keys: [String]? = nil,
                      romanizer: RTGSRomanizer?, names cache: NameCache = NameCache())
        -> (names: [String: String], alternates: [String: [String]]) {
        // Counted by exact bytes first (cheap hashing), then by `String` (canonically equivalent
        // forms count together under the first one seen), in order of first occurrence.
        var exactCounts: [ExactString: Int] = [:], exactOrder: [ExactString] = []
        for mention in mentions {
            let form = ExactString(cache.displayForm(of: mention))
            if let count = exactCounts[form] { exactCounts[form] = count + 1 } else {
                exactCounts[form] = 1
                exactOrder.append(form)
            }
        }
        var counts: [String: Int] = [:]
        for form in exactOrder { counts[form.string, default: 0] += exactCounts[form]! }
        // A day named relative to the article ("วันนี้", "เมื่อวานนี้") names no date by itself.
        var relativeForms: Set<String> = []
        if label == .date {
            for mention in mentions where DateExtractor.isRelative(source: mention.source) { relativeForms.insert(cache.displayForm(of: mention)) }
        }
        let forms = counts.map { form, count in
            (form: form, count: count, acronym: cache.isAcronym(form), length: form.unicodeScalars.count,
             // A person's given name alone ("อนุทิน") or shortened ("สุทธิพงษ์ฯ") is not their full name.
             partial: label == .person && (!form.contains(" ") || form.hasSuffix("ฯ")),
             relative: relativeForms.contains(form))
        }
        let ranked = forms.sorted { a, b in
            // Full names before acronyms ("บพท." is an alternate name of its long form).
            if a.acronym != b.acronym { return !a.acronym }
            if a.partial != b.partial { return !a.partial }
            // A date written out ("6 พ.ค. 64") before a relative day that the extractor valued ("วันนี้").
            if a.relative != b.relative { return !a.relative }
            if a.count != b.count { return a.count > b.count }
            if a.length != b.length { return a.length > b.length }
            return a.form < b.form
        }.map(\.form)
        let latinTag = label == .person ? "und-Latn" : "en"
        var names: [String: String] = [:]
        if let known {
            names[isThai(known.name) ? "th" : latinTag] = known.name
            if let english = known.english { names["en"] = english }
            if let romanized = known.romanized { names["th-Latn"] = romanized }
        }
        // A canonical name an extractor took from its lexicon (`lexiconName`, a PLACE's `value`) comes first,
        // but not the body's name for its branch or counterpart elsewhere ("ตร.เมียนมา" is not "สำนักงานตำรวจแห่งชาติ").
        let canonical = mentions.compactMap { mention -> String? in
            if let lexiconName = mention.attributes[MentionAttribute.lexiconName] {
                let key = cache.key(for: mention.label, text: lexiconName)
                return EntityResolver.namesTheBodyElsewhere(mention, lexiconKey: key, names: cache) ? nil : lexiconName
            }
            return mention.label == .date ? nil : mention.value
        }
        if names["th"] == nil, let name = GraphBuilder.mostFrequent(Dictionary(canonical.map { ($0, 1) }, uniquingKeysWith: +)),
           isThai(name) { names["th"] = name }
        if names["th"] == nil, let thai = ranked.first(where: isThai) { names["th"] = thai }
        if names[latinTag] == nil {
            let latin = ranked.filter { !isThai($0) }
            if let best = latin.first(where: { !cache.isAcronym($0) }) ?? latin.first { names[latinTag] = best }
        }
        if names["th-Latn"] == nil, label != .date, let thai = names["th"], let romanizer {
            names["th-Latn"] = romanizer.romanize(thai, style: label == .person ? .person : .other)
        }
        // Names an extractor wrote beside a mention ("X (Y)", "X หรือ Y") are names of the entity too.
        let ownKeys = keys.map(Set.init)
        let besides = mentions.flatMap { mention in
            MentionAttribute.sameEntity.compactMap { mention.attributes[$0] }
        }.filter { ownKeys?.contains(cache.key(for: label, text: $0)) ?? true }.map(cache.collapsingWhitespace)
        var alternates: [String: Set<String>] = [:]
        let used = Set(names.values)
        for form in ranked + besides + (known?.allNames ?? []) where !used.contains(form) && !form.isEmpty {
            alternates[isThai(form) ? "th" : latinTag, default: []].insert(form)
        }
        return (names, alternates.mapValues { $0.sorted() })
    }
}
