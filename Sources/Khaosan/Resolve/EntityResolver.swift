/// Merges the mentions of all documents into entities (DESIGN §3 Resolve).
///
/// A pure function of the *set* of extractions and known entities: inputs are
/// sorted first, merging is union-find over matching keys (so the partition
/// does not depend on order), and names and ids are chosen by fixed rules.
/// Never merges across labels. Merges:
/// - mentions with the same `NameKey` (PERSON without titles, PLACE without its head,
///   EVENT without subtitle);
/// - names an extractor marked as the same thing (`MentionAttribute.sameEntity`:
///   acronym ↔ long form, "X (Y)", a lexicon's canonical name; a non-DATE mention's `value`);
/// - names of one lexicon entry (Thai ↔ Latin, acronyms);
/// - long names one safe typo apart (`TypoMatcher`);
/// - a given-name-only PERSON mention with the one full name of the same document
///   that has this given name (otherwise it stays a document-scoped entity);
/// - DATE mentions with the same value (and qualifier); a DATE without value is document-scoped.
///
/// The id key is the lexicon's canonical name when the entity matched the lexicon,
/// else the key of its earliest full-name mention (by publication date, then
/// document id, then offset) — adding a later article with a new alias keeps it.
public struct EntityResolver: Sendable {
    public var known: [KnownEntity]
    var typoMatcher = TypoMatcher()

    public init(known: [KnownEntity] = []) {
        self.known = known.sorted { ($0.label, $0.name, $0.aliases.joined(separator: "|"))
            < ($1.label, $1.name, $1.aliases.joined(separator: "|")) }
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

    public func resolve(_ extractions: [DocumentExtraction]) -> [ResolvedEntity] {
        resolution(extractions).resolvedEntities
    }

    /// The entities of `extractions` in compact form (see `EntityResolution`); `names`
    /// memoises name keys and person-name parts across the call and its caller.
    func resolution(_ extractions: [DocumentExtraction], names: NameCache = NameCache()) -> EntityResolution {
        let documents = Self.canonicalOrder(extractions).map(Self.sortingMentions)
        var keys = KeyTable()
        var firstMention: [Int] = [], documentOfMention: [Int32] = [], keyOfMention: [Int32] = []
        firstMention.reserveCapacity(documents.count + 1)
        for (documentIndex, document) in documents.enumerated() {
            firstMention.append(keyOfMention.count)
            var fullKeysOfGiven: [String: Set<String>]?
            for mention in document.mentions {
                let key = Self.key(of: mention, in: document, names: names, fullKeysOfGiven: &fullKeysOfGiven)
                let node = keys.node(mention.label, key)
                keyOfMention.append(Int32(node))
                documentOfMention.append(Int32(documentIndex))
                for attribute in MentionAttribute.sameEntity {
                    guard let value = mention.attributes[attribute] else { continue }
                    let other = names.key(for: mention.label, text: value)
                    if !other.isEmpty { keys.union(node, keys.node(mention.label, other)) }
                }
                if mention.label != .date, let value = mention.value {
                    let other = names.key(for: mention.label, text: value)
                    if !other.isEmpty { keys.union(node, keys.node(mention.label, other)) }
                }
            }
        }
        firstMention.append(keyOfMention.count)
        var knownOfNode: [Int: Int] = [:]
        for (index, entity) in known.enumerated() {
            let nodes = entity.allNames.map { names.key(for: entity.label, text: $0) }.filter { !$0.isEmpty }
                .map { keys.node(entity.label, $0) }
            for node in nodes {
                keys.union(nodes[0], node)
                if knownOfNode[node] == nil { knownOfNode[node] = index }
            }
        }
        mergeTypos(&keys, mentionNodes: Set(keyOfMention.map(Int.init)))
        var resolution = EntityResolution(documents: documents, firstMention: firstMention,
                                          documentOfMention: documentOfMention, keyOfMention: keyOfMention,
                                          keyTexts: keys.texts, entities: [], entityOfMention: [])
        EntityGrouping(resolver: self, names: names).group(&resolution, keys: &keys, knownOfNode: knownOfNode)
        return resolution
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
    static func key(of mention: Mention, in document: DocumentExtraction, names: NameCache,
                    fullKeysOfGiven: inout [String: Set<String>]?) -> String {
        let scoped = { (text: String) in "d:\(document.id):\(text)" }
        switch mention.label {
        case .date:
            guard let value = mention.value else { return scoped(names.normalize(mention.text)) }
            return "v:" + value + (mention.qualifier.map { "~" + $0 } ?? "")
        case .person:
            let parts = names.personParts(of: mention)
            if parts.family == nil, let given = parts.given {
                if fullKeysOfGiven == nil {
                    var table: [String: Set<String>] = [:]
                    for other in document.mentions where other.label == .person {
                        let p = names.personParts(of: other)
                        guard let g = p.given, p.family != nil else { continue }
                        table[g, default: []].insert(names.key(for: .person, text: other.text, person: p))
                    }
                    fullKeysOfGiven = table
                }
                if let fullKeys = fullKeysOfGiven?[given], fullKeys.count == 1 { return fullKeys.first! }
                return scoped(names.normalize(given))
            }
            let key = names.key(for: .person, text: mention.text, person: parts)
            return key.isEmpty ? scoped("\(mention.range.start)") : key
        default:
            let key = names.key(for: mention.label, text: mention.text)
            return key.isEmpty ? scoped("\(mention.range.start)") : key
        }
    }

    private func mergeTypos(_ keys: inout KeyTable, mentionNodes: Set<Int>) {
        var protected = Set<String>()
        for node in mentionNodes where keys.label(of: node) == .place { protected.insert(keys.key(of: node)) }
        for entity in known where entity.label == .place {
            for name in entity.allNames { protected.insert(NameKey.key(for: .place, text: name)) }
        }
        for label in [MentionLabel.organization, .place, .event, .person] {
            // Any fixed order will do: the pairs depend only on the keys, and the partition
            // union-find makes of them (roots are the smallest ids) not on the order of unions.
            let nodes = mentionNodes.filter { keys.label(of: $0) == label && !keys.key(of: $0).hasPrefix("d:") }.sorted()
            let texts = nodes.map { keys.key(of: $0) }
            for (i, j) in typoMatcher.pairs(texts, protected: label == .place ? [] : protected) {
                keys.union(nodes[i], nodes[j])
            }
        }
    }
}
