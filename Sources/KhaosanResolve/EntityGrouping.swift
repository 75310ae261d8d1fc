import KhaosanCore

/// Turns the union-find of an `EntityResolver` run into entities: groups the mentions
/// by root, collects each group's keys and lexicon entry, and chooses its id key (the
/// lexicon's canonical name, else the key of the earliest full-name mention by
/// publication date, then document id, then offset). Entities come out sorted by
/// label, then id key.
struct EntityGrouping {
    let resolver: EntityResolver
    let names: NameCache

    func group(_ resolution: inout EntityResolution, keys: inout KeyTable, knownOfNode: [Int: Int]) {
        let mentionCount = resolution.mentionCount
        var groupOfRoot: [Int: Int] = [:]
        var roots: [Int] = []
        var members: [[Int32]] = []
        for index in 0..<mentionCount {
            let root = keys.find(Int(resolution.keyOfMention[index]))
            let group: Int
            if let known = groupOfRoot[root] { group = known } else {
                group = roots.count
                groupOfRoot[root] = group
                roots.append(root)
                members.append([])
            }
            members[group].append(Int32(index))
        }
        // A group's nodes have one label and `KeyTable` keeps one node per key of a label, so
        // its keys are distinct (no set needed to deduplicate them).
        var keysOfGroup = Array(repeating: [String](), count: roots.count)
        for node in 0..<keys.count {
            if let group = groupOfRoot[keys.find(node)] { keysOfGroup[group].append(keys.key(of: node)) }
        }
        var knownOfRoot: [Int: Int] = [:]
        for (node, index) in knownOfNode {
            let root = keys.find(node)
            // An entry that names the thing more than once (aliases, an English name) before a bare
            // name mined from a corpus; then the first.
            let rank = { (entry: Int) in (resolver.known[entry].aliases.isEmpty && resolver.known[entry].english == nil ? 1 : 0, entry) }
            if let other = knownOfRoot[root], rank(other) < rank(index) { continue }
            knownOfRoot[root] = index
        }
        var entities: [EntityResolution.Entity] = []
        entities.reserveCapacity(roots.count)
        for (group, root) in roots.enumerated() {
            let label = keys.label(of: root)
            let known = knownOfRoot[root].map { resolver.known[$0] }
            let idKey = known.map { names.key(for: label, text: $0.name) }
                ?? resolution.key(of: earliestFullName(members[group], in: resolution))
            entities.append(EntityResolution.Entity(label: label, idKey: idKey, keys: keysOfGroup[group].sorted(),
                                                    known: known, members: members[group]))
        }
        entities.sort { ($0.label, $0.idKey) < ($1.label, $1.idKey) }
        var entityOfMention = [Int32](repeating: -1, count: mentionCount)
        for (index, entity) in entities.enumerated() {
            for member in entity.members { entityOfMention[Int(member)] = Int32(index) }
        }
        resolution.entities = entities
        resolution.entityOfMention = entityOfMention
    }

    /// The first member, ordered by publication date ("~" when unknown), document id and
    /// offset, that is a full name (not document-scoped, not shortened with ฯ, not an acronym);
    /// else the first member.
    /// `members` ascend by document id and offset, so the date alone decides among them.
    private func earliestFullName(_ members: [Int32], in resolution: EntityResolution) -> Int32 {
        func date(_ index: Int32) -> String { resolution.document(of: index).metadata.datePublished ?? "~" }
        var first = members[0], firstDate = date(first)
        var best: Int32?, bestDate = ""
        for member in members {
            let memberDate = date(member)
            if memberDate < firstDate { first = member; firstDate = memberDate }
            if best != nil && !(memberDate < bestDate) { continue }
            let key = resolution.key(of: member)
            if key.hasPrefix("d:") || key.hasSuffix("ฯ") { continue }
            let mention = resolution.mention(member)
            if mention.attributes[MentionAttribute.longForm] != nil || names.isAcronym(mention.text) { continue }
            best = member
            bestDate = memberDate
        }
        return best ?? first
    }
}
