/// Adds relations to entity nodes: the facts the documents state
/// (`DocumentExtraction.relations`), `MentionAttribute.location`, a place
/// written inside an organisation's name, and a lexicon's `in` property.
struct RelationLinker {
    var nodes: [String: GraphNode]
    let entityOfMention: [MentionAddress: String]
    let entityOfKey: [String: String]

    /// Shortest and longest place key looked for inside organisation names (scalars).
    static let placeKeyLengths = 3...24

    func link(documents: [DocumentExtraction], resolved: [ResolvedEntity], known: [KnownEntity]) -> [GraphNode] {
        var nodes = self.nodes
        var changed = Set<String>()
        func add(_ subject: String, _ property: String, _ value: GraphValue) {
            nodes[subject]?.add(property, value)
            changed.insert(subject)
        }
        for document in documents {
            for fact in document.relations {
                guard let subject = entityOfMention[MentionAddress(document.id, fact.subject)] else { continue }
                if let object = fact.object {
                    if let target = entityOfMention[MentionAddress(document.id, object)], target != subject {
                        add(subject, fact.predicate, .reference(target))
                    }
                } else if let literal = fact.literal {
                    let isDate = fact.predicate == RelationPredicate.startDate || fact.predicate == RelationPredicate.endDate
                    add(subject, fact.predicate, isDate ? (GraphValue.isoDate(literal) ?? .text(literal)) : .text(literal))
                }
            }
            for mention in document.mentions {
                guard let place = mention.attributes[MentionAttribute.location],
                      let subject = entityOfMention[MentionAddress(document.id, mention.range)],
                      let target = entityOfKey["PLACE|" + NameKey.key(for: .place, text: place)] else { continue }
                add(subject, RelationPredicate.location, .reference(target))
            }
        }
        let placeKeys = Set(entityOfKey.keys.filter { $0.hasPrefix("PLACE|") }.map { String($0.dropFirst(6)) })
        for entity in resolved where entity.label == .organization {
            let id = entityOfKey["ORG|" + entity.idKey]!
            if nodes[id]?.properties[RelationPredicate.location] != nil { continue }
            if let place = longestPlace(in: entity.keys, placeKeys: placeKeys), let target = entityOfKey["PLACE|" + place] {
                add(id, RelationPredicate.location, .reference(target))
            }
        }
        for entry in known {
            guard let container = entry.properties["in"],
                  let subject = entityOfKey[entry.label.rawValue + "|" + NameKey.key(for: entry.label, text: entry.name)],
                  let target = entityOfKey["PLACE|" + NameKey.key(for: .place, text: container)], target != subject
            else { continue }
            add(subject, entry.label == .place ? RelationPredicate.containedInPlace : RelationPredicate.location,
                .reference(target))
        }
        return changed.sorted().compactMap { nodes[$0] }
    }

    /// The longest known place key inside any of `keys` (ties: code-point order).
    private func longestPlace(in keys: [String], placeKeys: Set<String>) -> String? {
        var best: String?
        for key in keys where !key.hasPrefix("d:") {
            let scalars = Array(key.unicodeScalars)
            for start in scalars.indices {
                var candidate = String.UnicodeScalarView()
                for end in start..<min(scalars.count, start + Self.placeKeyLengths.upperBound) {
                    candidate.append(scalars[end])
                    guard candidate.count >= Self.placeKeyLengths.lowerBound else { continue }
                    let text = String(candidate)
                    if placeKeys.contains(text) {
                        if best == nil || text.unicodeScalars.count > best!.unicodeScalars.count
                            || (text.unicodeScalars.count == best!.unicodeScalars.count && text < best!) { best = text }
                    }
                }
            }
        }
        return best
    }
}
