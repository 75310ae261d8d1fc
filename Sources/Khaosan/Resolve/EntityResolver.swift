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
        var keys = KeyTable()
        var members: [(node: Int, member: EntityMember)] = []
        for document in Self.canonicalOrder(extractions) {
            for mention in document.mentions {
                let key = Self.key(of: mention, in: document)
                let node = keys.node(mention.label, key)
                members.append((node, EntityMember(documentID: document.id, datePublished: document.metadata.datePublished,
                                                   mention: mention, key: key)))
                let canonical = mention.label == .date ? nil : mention.value
                for value in MentionAttribute.sameEntity.compactMap({ mention.attributes[$0] }) + [canonical].compactMap({ $0 }) {
                    let other = NameKey.key(for: mention.label, text: value)
                    if !other.isEmpty { keys.union(node, keys.node(mention.label, other)) }
                }
            }
        }
        var knownOfNode: [Int: Int] = [:]
        for (index, entity) in known.enumerated() {
            let nodes = entity.allNames.map { NameKey.key(for: entity.label, text: $0) }.filter { !$0.isEmpty }
                .map { keys.node(entity.label, $0) }
            for node in nodes {
                keys.union(nodes[0], node)
                if knownOfNode[node] == nil { knownOfNode[node] = index }
            }
        }
        mergeTypos(&keys, mentionNodes: Set(members.map(\.node)))
        return entities(keys: &keys, members: members, knownOfNode: knownOfNode)
    }

    /// The matching key of `mention` (see the type's documentation).
    static func key(of mention: Mention, in document: DocumentExtraction) -> String {
        let scoped = { (text: String) in "d:\(document.id):\(text)" }
        switch mention.label {
        case .date:
            guard let value = mention.value else { return scoped(NameKey.normalize(mention.text)) }
            return "v:" + value + (mention.qualifier.map { "~" + $0 } ?? "")
        case .person:
            let parts = mention.person?.given != nil ? mention.person! : PersonTitles.parts(of: mention.text)
            if parts.family == nil, let given = parts.given {
                let fullKeys = Set(document.mentions.compactMap { other -> String? in
                    guard other.label == .person else { return nil }
                    let p = other.person?.given != nil ? other.person! : PersonTitles.parts(of: other.text)
                    guard p.given == given, p.family != nil else { return nil }
                    return NameKey.key(for: .person, text: other.text, person: p)
                })
                if fullKeys.count == 1 { return fullKeys.first! }
                return scoped(NameKey.normalize(given))
            }
            let key = NameKey.key(for: .person, text: mention.text, person: parts)
            return key.isEmpty ? scoped("\(mention.range.start)") : key
        default:
            let key = NameKey.key(for: mention.label, text: mention.text, person: mention.person)
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
            let nodes = mentionNodes.filter { keys.label(of: $0) == label && !keys.key(of: $0).hasPrefix("d:") }
                .sorted { keys.key(of: $0) < keys.key(of: $1) }
            let texts = nodes.map { keys.key(of: $0) }
            for (i, j) in typoMatcher.pairs(texts, protected: label == .place ? [] : protected) {
                keys.union(nodes[i], nodes[j])
            }
        }
    }

    private func entities(keys: inout KeyTable, members: [(node: Int, member: EntityMember)],
                          knownOfNode: [Int: Int]) -> [ResolvedEntity] {
        var groups: [Int: [(node: Int, member: EntityMember)]] = [:]
        for item in members { groups[keys.find(item.node), default: []].append(item) }
        var keysOfRoot: [Int: [String]] = [:]
        for node in 0..<keys.count where groups[keys.find(node)] != nil {
            keysOfRoot[keys.find(node), default: []].append(keys.key(of: node))
        }
        var knownOfRoot: [Int: Int] = [:]
        for (node, index) in knownOfNode {
            let root = keys.find(node)
            knownOfRoot[root] = min(knownOfRoot[root] ?? index, index)
        }
        var result: [ResolvedEntity] = []
        for (root, items) in groups {
            let label = keys.label(of: root)
            let known = knownOfRoot[root].map { self.known[$0] }
            let sorted = items.sorted { a, b in
                let da = a.member.datePublished ?? "~", db = b.member.datePublished ?? "~"
                if da != db { return da < db }
                if a.member.documentID != b.member.documentID { return a.member.documentID < b.member.documentID }
                return a.member.mention.range < b.member.mention.range
            }
            let full = sorted.first { item in
                !item.member.key.hasPrefix("d:") && item.member.mention.attributes[MentionAttribute.longForm] == nil
                    && !NameKey.isAcronym(item.member.mention.text)
            } ?? sorted[0]
            let idKey = known.map { NameKey.key(for: label, text: $0.name) } ?? full.member.key
            let allKeys = Set(keysOfRoot[root] ?? [])
            result.append(ResolvedEntity(
                label: label, idKey: idKey, keys: allKeys.sorted(), known: known,
                members: items.map(\.member).sorted { a, b in
                    a.documentID != b.documentID ? a.documentID < b.documentID : a.mention.range < b.mention.range
                }))
        }
        return result.sorted { ($0.label, $0.idKey) < ($1.label, $1.idKey) }
    }
}

/// Dense ids for (label, key) pairs, with their union-find.
struct KeyTable {
    private var ids: [String: Int] = [:]
    private var labels: [MentionLabel] = []
    private var texts: [String] = []
    private var sets = UnionFind()

    mutating func node(_ label: MentionLabel, _ key: String) -> Int {
        let composite = label.rawValue + "\u{1}" + key
        if let id = ids[composite] { return id }
        let id = sets.add()
        ids[composite] = id
        labels.append(label)
        texts.append(key)
        return id
    }

    func label(of node: Int) -> MentionLabel { labels[node] }
    func key(of node: Int) -> String { texts[node] }
    var count: Int { texts.count }
    mutating func find(_ node: Int) -> Int { sets.find(node) }
    mutating func union(_ a: Int, _ b: Int) { sets.union(a, b) }
}
