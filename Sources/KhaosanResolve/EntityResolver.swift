import KhaosanCore
import KhaosanExtract

/// Merges the mentions of all documents into entities: one entity per real thing, never
/// across labels.
///
/// A pure function of the *set* of extractions and known entities: inputs are
/// sorted first, merging is union-find over matching keys (so the partition
/// does not depend on order), and names and ids are chosen by fixed rules.
/// Never merges across labels. Merges:
/// - mentions with the same `NameKey` (PERSON without titles, PLACE without its head,
///   EVENT without subtitle);
/// - names of one lexicon entry (Thai ↔ Latin, `en`, acronyms);
/// - a non-DATE mention and its canonical name (`value`: a gazetteer place, a royal's name);
///   long names one safe typo apart (`TypoMatcher`);
/// - an acronym inside an article that defines it, with that article's long form (a Latin acronym of a
///   lexicon body with Latin names only when it fits one of them: `LatinAcronymCheck`);
/// - names an extractor marked as the same thing (`MentionAttribute.sameEntity`: an acronym's
///   archive-wide dominant long form, "X (Y)", a lexicon's canonical name) and names shortened
///   with ฯ (`ShortenedNames`), each only while it joins no two differently named things
///   (`ConstrainedMerger`);
/// - a given-name-only PERSON mention with the one full name of the same document
///   that has this given name, else (when the document has none) with the archive's
///   dominant full name for it (`GivenNameIndex`); otherwise it stays document-scoped;
/// - a PLACE name shortened with ฯ ("นครศรีฯ") with the one full name of its article that it begins
///   (`fullPlaceKey(ofShortened:in:names:)`);
/// - DATE mentions with the same value (and qualifier); a DATE without value is document-scoped;
///   so is an EVENT whose name is shortened with ฯ ("การประชุมคณะกรรมการฯ ครั้งที่ 1/2567") or has
///   no number, found before its venue ("พิธีสืบพระชะตาหลวง ณ สวนสราญรมย์": `EventExtractor.venueSource`).
///
/// The id key is the lexicon's canonical name when the entity matched the lexicon,
/// else the key of its earliest full-name mention (by publication date, then
/// document id, then offset) — adding a later article with a new alias keeps it.
public struct EntityResolver: Sendable {
    public var known: [KnownEntity]
    /// Acronyms that stand for different bodies in different articles ("ทช.", "กพร."): they
    /// join a long form only inside an article that defines them.
    public var ambiguousAcronyms: [String]
    var typoMatcher = TypoMatcher()

    public init(known: [KnownEntity] = [], ambiguousAcronyms: [String] = []) {
        self.known = known.sorted { ($0.label, $0.name, $0.aliases.joined(separator: "|"))
            < ($1.label, $1.name, $1.aliases.joined(separator: "|")) }
        self.ambiguousAcronyms = ambiguousAcronyms.sorted()
    }

    private var ambiguousAcronymKeys: Set<String> {
        Set(ambiguousAcronyms.map { NameKey.key(for: .organization, text: $0) })
    }

    /// Extractions deduplicated by document id (the record with the greatest content
    /// hash wins a conflict, deterministically) and sorted by id.
    public static func canonicalOrder(_ extractions: [DocumentExtraction]) -> [DocumentExtraction] {
        var byID: [String: DocumentExtraction] = [:]
        for extraction in extractions {
            if let other = byID[extraction.id], other.contentHash >= extraction.contentHash { continue }
            byID[extraction.id] = extraction
        }
        return byID.keys.sorted().map { byID[$0]! }
    }

    /// The entities of `extractions` (see `resolution(_:names:)`).
    public func resolve(_ extractions: [DocumentExtraction]) -> EntityResolution {
        resolution(extractions)
    }

    /// The entities of `extractions` in compact form (see `EntityResolution`); `names`
    /// memoises name keys and person-name parts across the call and its caller.
    package func resolution(_ extractions: [DocumentExtraction], names: NameCache = NameCache()) -> EntityResolution {
        let documents = Self.canonicalOrder(extractions).map(Self.sortingMentions)
        var keys = KeyTable()
        var evidence = MergeEvidence()
        var abbreviations = Set<Int>()
        var namesWithAcronyms = Set<Int>()
        var valueLinks: [(Int, Int)] = []
        var firstMention: [Int] = [], documentOfMention: [Int32] = [], keyOfMention: [Int32] = []
        firstMention.reserveCapacity(documents.count + 1)
        let givenNames = GivenNameIndex(documents: documents, names: names)
        let latinAcronyms = LatinAcronymCheck(known: known, names: names)
        for (documentIndex, document) in documents.enumerated() {
            firstMention.append(keyOfMention.count)
            var fullKeysOfGiven: [String: Set<String>]?
            for mention in document.mentions {
                let label = mention.label
                let ownNode = keys.node(label, Self.key(of: mention, in: document, names: names, givenNames: givenNames,
                                                        fullKeysOfGiven: &fullKeysOfGiven))
                var node = ownNode
                if names.isAcronym(mention.text) { abbreviations.insert(ownNode) }
                if label == .organization, Self.containsAcronymWord(mention.text) { namesWithAcronyms.insert(ownNode) }
                if let long = mention.attributes[MentionAttribute.longForm] {
                    // An acronym used in an article that defines it names that article's long form.
                    abbreviations.insert(ownNode)
                    let longKey = Self.longFormKey(long, of: mention, names: names)
                    if !longKey.isEmpty, MergeEvidence.mayAbbreviate(mention.text, long),
                       label != .organization || latinAcronyms.allows(mention.text, longKey: longKey) {
                        node = keys.node(label, longKey)
                        evidence.add(.definition, ownNode, node)
                    }
                }
                if let acronym = mention.attributes[MentionAttribute.acronym] {
                    let acronymKey = names.key(for: label, text: acronym)
                    if !acronymKey.isEmpty, MergeEvidence.mayAbbreviate(acronym, mention.text),
                       label != .organization || latinAcronyms.allows(acronym, longKey: names.key(for: label, text: mention.text)) {
                        let acronymNode = keys.node(label, acronymKey)
                        abbreviations.insert(acronymNode)
                        evidence.add(.definition, acronymNode, ownNode)
                    }
                }
                keyOfMention.append(Int32(node))
                documentOfMention.append(Int32(documentIndex))
                for (attribute, kind) in Self.linkAttributes {
                    guard let value = mention.attributes[attribute] else { continue }
                    let other = names.key(for: label, text: value)
                    if kind == .lexiconName, Self.namesTheBodyElsewhere(mention, lexiconKey: other, names: names) { continue }
                    if !other.isEmpty { evidence.add(kind, ownNode, keys.node(label, other)) }
                }
                if label != .date, let value = mention.value {
                    let other = names.key(for: label, text: value)
                    // The gazetteer's bare "เมือง" is any province's capital district: no one node.
                    if !other.isEmpty, !(label == .place && other == "เมือง"),
                       !(label == .place && Self.isDistrictNamedLikeItsProvince(mention, valueKey: other, names: names)) {
                        valueLinks.append((ownNode, keys.node(label, other)))
                    }
                }
            }
            evidence.endDocument()
        }
        firstMention.append(keyOfMention.count)
        ShortenedNames.link(&evidence, keys: keys, mentionNodes: keyOfMention)
        let knownOfNode = joinKnownEntities(&keys, names: names)
        var hardLinks = valueLinks
        hardLinks += typoPairs(&keys, mentionNodes: Set(keyOfMention.map(Int.init)).subtracting(namesWithAcronyms))
        hardLinks += rarePersonTypoPairs(keys, mentionNodes: keyOfMention)
        ConstrainedMerger.merge(&keys, evidence: evidence, hardLinks: hardLinks,
                                knownOfNode: identifyingEntries(knownOfNode),
                                abbreviations: abbreviations, ambiguousAcronyms: ambiguousAcronymKeys)
        var resolution = EntityResolution(documents: documents, firstMention: firstMention,
                                          documentOfMention: documentOfMention, keyOfMention: keyOfMention,
                                          keyTexts: keys.texts, entities: [], entityOfMention: [])
        EntityGrouping(resolver: self, names: names).group(&resolution, keys: &keys, knownOfNode: knownOfNode)
        return resolution
    }

    /// Same-entity attributes other than the acronym pair (handled as definitions).
    private static let linkAttributes: [(MentionAttribute, MergeEvidence.Kind)] = [
        (MentionAttribute.lexiconName, .lexiconName), (MentionAttribute.alias, .alias),
        (MentionAttribute.alternateName, .alias),
    ]

    /// Joins the names of each lexicon entry (Thai names, aliases, English name) and returns
    /// the entry of each such node. Entries with one canonical name (the same body listed
    /// in two lexicon files) are one; a name that two different entries share belongs to
    /// neither: it joins no entry and marks none.
    private func joinKnownEntities(_ keys: inout KeyTable, names: NameCache) -> [Int: Int] {
        var entriesOfNode: [Int: Set<Int>] = [:]
        var nodesOfEntry: [[Int]] = []
        for entity in known {
            let nodes = (entity.allNames + [entity.english].compactMap { $0 })
                .map { names.key(for: entity.label, text: $0) }.filter { !$0.isEmpty }
                .map { keys.node(entity.label, $0) }
            nodesOfEntry.append(nodes)
            // Entries are told apart by their canonical name's node.
            for node in nodes { entriesOfNode[node, default: []].insert(nodes.first ?? -1) }
        }
        var knownOfNode: [Int: Int] = [:]
        for (index, nodes) in nodesOfEntry.enumerated() {
            let own = nodes.filter { entriesOfNode[$0]?.count == 1 }
            for node in own {
                keys.union(own[0], node)
                if knownOfNode[node] == nil { knownOfNode[node] = index }
            }
        }
        return knownOfNode
    }

    /// The lexicon entries that give a group an identity (`ConstrainedMerger`): those that
    /// name the thing more than once (aliases or an English name). A bare name mined from
    /// a corpus says only that the string is an organisation.
    private func identifyingEntries(_ knownOfNode: [Int: Int]) -> [Int: Int] {
        knownOfNode.filter { !known[$0.value].aliases.isEmpty || known[$0.value].english != nil }
    }

    /// `document` with its mentions in range order (a stable sort; most already are).
    static func sortingMentions(_ document: DocumentExtraction) -> DocumentExtraction {
        let mentions = document.mentions
        if mentions.indices.dropFirst().allSatisfy({ !(mentions[$0].range < mentions[$0 - 1].range) }) { return document }
        var sorted = document
        sorted.mentions.sort { $0.range < $1.range }
        return sorted
    }

    /// The matching key of `mention` (see the type's documentation). `fullKeysOfGiven`
    /// caches, per document, the keys of its full PERSON names by given name.
    static func key(of mention: Mention, in document: DocumentExtraction, names: NameCache, givenNames: GivenNameIndex,
                    fullKeysOfGiven: inout [String: Set<String>]?) -> String {
        let scoped = { (text: String) in "d:\(document.id):\(text)" }
        switch mention.label {
        case .date:
            guard let value = mention.value else { return scoped(names.normalize(mention.text)) }
            return "v:" + value + (mention.qualifier.map { "~" + $0 } ?? "")
        case .person:
            let parts = names.personParts(of: mention)
            if parts.family == nil, let written = parts.given {
                // "ประวิตรฯ": ฯ marks the name as shortened; the given name is what precedes it.
                let given = written.hasSuffix("ฯ") ? String(written.dropLast()) : written
                if fullKeysOfGiven == nil {
                    var table: [String: Set<String>] = [:]
                    for other in document.mentions where other.label == .person {
                        let p = names.personParts(of: other)
                        guard let g = p.given, p.family != nil else { continue }
                        table[g, default: []].insert(names.key(for: .person, text: other.text, person: p))
                    }
                    fullKeysOfGiven = table
                }
                let givenKey = names.normalize(given)
                if givenNames.fullKeys.contains(givenKey) { return givenKey }
                let inDocument = fullKeysOfGiven?[given] ?? []
                if inDocument.count == 1 { return inDocument.first! }
                // The archive's person of that name, unless the article names only others.
                let isShortened = written.hasSuffix("ฯ") || mention.text.hasSuffix("ฯ")
                if let full = (isShortened ? givenNames.fullKeyOfShortened : givenNames.fullKeyOfGiven)[givenKey],
                   inDocument.isEmpty || inDocument.contains(full) {
                    return full
                }
                return scoped(givenKey)
            }
            let key = names.key(for: .person, text: mention.text, person: parts)
            return key.isEmpty ? scoped("\(mention.range.start)") : key
        default:
            let key = names.key(for: mention.label, text: mention.text)
            // "การประชุมคณะกรรมการฯ ครั้งที่ 1/2567": a meeting of a body the article shortened names
            // nothing beyond the article (every committee has a first meeting of 2567).
            if mention.label == .event, mention.text.contains("ฯ") || mention.source == EventExtractor.venueSource { return scoped(key) }
            if mention.label == .place, key == "อำเภอเมือง" || key == "เมือง" {
                return mueangDistrictKey(of: mention, in: document, names: names) ?? scoped(key)
            }
            // A gazetteer's short form ("สหรัฐฯ") has its canonical name already: an article's "สหรัฐอาหรับเอมิเรตส์" is not it.
            if mention.label == .place, mention.value == nil,
               let full = fullPlaceKey(ofShortened: key, in: document, names: names) { return full }
            return key.isEmpty ? scoped("\(mention.range.start)") : key
        }
    }

    /// Every province has a capital district "อำเภอเมือง": written bare ("อ.เมือง จ.พะเยา") it is
    /// the one of the Thai province named right after it (within `mueangWindow` scalars), keyed
    /// as "อำเภอเมืองพะเยา" ≡ "อำเภอเมืองพะเยา" written out; with no province after it, nil.
    static func mueangDistrictKey(of mention: Mention, in document: DocumentExtraction, names: NameCache) -> String? {
        let mentions = document.mentions
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.start < mention.range.end { low = mid + 1 } else { high = mid }
        }
        for next in mentions[low...] {
            guard next.range.start - mention.range.end <= mueangWindow else { break }
            guard next.label == .place else { continue }
            if next.attributes[MentionAttribute.containedIn] == "ไทย", let province = next.value {
                return "อำเภอเมือง" + names.key(for: .place, text: province)
            }
        }
        return nil
    }

    /// How far (scalars) after a bare "อำเภอเมือง" its province may be named.
    static let mueangWindow = 30

    /// Person names one typo (or two swapped neighbours) apart where one is rare beside the other
    /// ("อนุชา บูรพชัยศรื" once, "อนุชา บูรพชัยศรี" 432 times): as node pairs. Names of people are checked down to
    /// `TypoMatcher.rarePersonMinimumLength` scalars and with no protected place names inside
    /// them (a family name may contain one: กาญจนพิมาย); the rare name must have at most
    /// 1/`TypoMatcher.rarePersonRatio` of the other's mentions, so two people of similar names
    /// who are both written often stay apart.
    private func rarePersonTypoPairs(_ keys: KeyTable, mentionNodes: [Int32]) -> [(Int, Int)] {
        var mentions: [Int: Int] = [:]
        for node in mentionNodes where keys.label(of: Int(node)) == .person { mentions[Int(node), default: 0] += 1 }
        let nodes = mentions.keys.filter { !keys.key(of: $0).hasPrefix("d:") }.sorted()
        var matcher = typoMatcher
        matcher.minimumLength = TypoMatcher.rarePersonMinimumLength
        matcher.allowsTransposition = true
        return matcher.pairs(nodes.map { keys.key(of: $0) }, protected: []).compactMap { i, j in
            let (a, b) = (mentions[nodes[i]]!, mentions[nodes[j]]!)
            return min(a, b) * TypoMatcher.rarePersonRatio <= max(a, b) ? (nodes[i], nodes[j]) : nil
        }
    }

    /// Safe typo pairs among the mention keys (see `TypoMatcher`), as node pairs.
    private func typoPairs(_ keys: inout KeyTable, mentionNodes: Set<Int>) -> [(Int, Int)] {
        var protected = Set<String>()
        for node in mentionNodes where keys.label(of: node) == .place { protected.insert(keys.key(of: node)) }
        for entity in known where entity.label == .place {
            for name in entity.allNames { protected.insert(NameKey.key(for: .place, text: name)) }
        }
        var pairs: [(Int, Int)] = []
        for label in [MentionLabel.organization, .place, .event, .person] {
            let nodes = mentionNodes.filter { keys.label(of: $0) == label && !keys.key(of: $0).hasPrefix("d:") }.sorted()
            let texts = nodes.map { keys.key(of: $0) }
            for (i, j) in typoMatcher.pairs(texts, protected: label == .place ? [] : protected) {
                pairs.append((nodes[i], nodes[j]))
            }
        }
        return pairs
    }
}
