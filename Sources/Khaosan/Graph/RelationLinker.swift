/// Adds relations to entity nodes: the facts the documents state
/// (`DocumentExtraction.relations`), `MentionAttribute.location`, a place
/// written inside an organisation's name, and a lexicon's `in` property.
struct RelationLinker {
    var nodes: [String: GraphNode]
    let mentions: MentionLookup
    let entityOfKey: EntityKeyIndex
    let names: NameCache

    /// Shortest and longest place key looked for inside organisation names (scalars).
    static let placeKeyLengths = 3...24

    func link(resolution: EntityResolution, known: [KnownEntity]) -> [GraphNode] {
        var nodes = self.nodes
        var changed = Set<String>()
        func add(_ subject: String, _ property: String, _ value: GraphValue) {
            nodes[subject]?.add(property, value)
            changed.insert(subject)
        }
        let links: [(String, MentionLabel, String)] = [
            (MentionAttribute.location, .place, RelationPredicate.location),
            (MentionAttribute.containedIn, .place, RelationPredicate.containedInPlace),
            (MentionAttribute.parentOrganization, .organization, "parentOrganization"),
        ]
        for (index, document) in resolution.documents.enumerated() {
            for fact in document.relations {
                guard let subject = mentions.entity(document: index, range: fact.subject) else { continue }
                if let object = fact.object {
                    if let target = mentions.entity(document: index, range: object), target != subject {
                        add(subject, fact.predicate, .reference(target))
                    }
                } else if let literal = fact.literal {
                    let isDate = fact.predicate == RelationPredicate.startDate || fact.predicate == RelationPredicate.endDate
                    add(subject, fact.predicate, isDate ? (GraphValue.isoDate(literal) ?? .text(literal)) : .text(literal))
                }
            }
            for mention in document.mentions where !mention.attributes.isEmpty {
                guard let subject = mentions.entity(document: index, range: mention.range) else { continue }
                for (attribute, label, predicate) in links {
                    guard let name = mention.attributes[attribute],
                          let target = entityOfKey[label, names.key(for: label, text: name)],
                          target != subject else { continue }
                    add(subject, predicate, .reference(target))
                }
            }
        }
        let places = PlaceIndex(Set(entityOfKey.keys(of: .place).filter { !$0.hasPrefix("d:") }), lengths: Self.placeKeyLengths)
        for entity in resolution.entities where entity.label == .organization {
            let id = entityOfKey[.organization, entity.idKey]!
            if nodes[id]?.properties[RelationPredicate.location] != nil { continue }
            if let place = longestPlace(in: entity.keys, places: places), let target = entityOfKey[.place, place] {
                add(id, RelationPredicate.location, .reference(target))
            }
        }
        for entry in known {
            guard let container = entry.properties["in"],
                  let subject = entityOfKey[entry.label, names.key(for: entry.label, text: entry.name)],
                  let target = entityOfKey[.place, names.key(for: .place, text: container)], target != subject
            else { continue }
            add(subject, entry.label == .place ? RelationPredicate.containedInPlace : RelationPredicate.location,
                .reference(target))
        }
        return changed.sorted().compactMap { nodes[$0] }
    }

    /// The longest known place key inside any of `keys` (ties: code-point order).
    private func longestPlace(in keys: [String], places: PlaceIndex) -> String? {
        var best: [Unicode.Scalar]?
        for key in keys where !key.hasPrefix("d:") {
            let scalars = Array(key.unicodeScalars)
            for start in scalars.indices.dropLast() {
                for place in places.byPrefix[PlaceIndex.prefix(scalars[start], scalars[start + 1])] ?? [] {
                    if let b = best, place.count < b.count { break }   // sorted longest first
                    guard start + place.count <= scalars.count,
                          scalars[start..<(start + place.count)].elementsEqual(place) else { continue }
                    if best == nil || place.count > best!.count
                        || String(String.UnicodeScalarView(place)) < String(String.UnicodeScalarView(best!)) { best = place }
                    break
                }
            }
        }
        return best.map { String(String.UnicodeScalarView($0)) }
    }
}

/// Place keys (at least 2 scalars) by their first two scalars, longest first, for finding places inside names.
struct PlaceIndex {
    var byPrefix: [UInt64: [[Unicode.Scalar]]] = [:]

    static func prefix(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    init(_ keys: Set<String>, lengths: ClosedRange<Int>) {
        for key in keys.sorted() {
            let scalars = Array(key.unicodeScalars)
            guard lengths.contains(scalars.count), scalars.count >= 2 else { continue }
            byPrefix[Self.prefix(scalars[0], scalars[1]), default: []].append(scalars)
        }
        for prefix in byPrefix.keys {
            byPrefix[prefix]!.sort { $0.count != $1.count ? $0.count > $1.count
                : String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1)) }
        }
    }
}
