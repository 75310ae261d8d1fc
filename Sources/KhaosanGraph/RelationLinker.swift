import KhaosanCore
import KhaosanText
import KhaosanExtract
import KhaosanResolve

/// Adds relations to entity nodes: the facts the documents state
/// (`DocumentExtraction.relations`), `MentionAttribute.location`, a place
/// written inside an organisation's name, and a lexicon's `in` property.
/// An event date subsumed by a more precise one of the same node ("2023" beside
/// "2023-11-16", from a year in the event's name) is dropped.
struct RelationLinker {
    var nodes: [String: GraphNode]
    let mentions: MentionLookup
    let entityOfKey: EntityKeyIndex
    let names: NameCache
    let iri: GraphIRI

    /// Shortest and longest place key looked for inside organisation names (scalars).
    static let placeKeyLengths = 3...24

    /// The nodes `link` changed and who asserted each relation it added.
    struct Linked {
        var nodes: [GraphNode]
        var provenance: RelationProvenance
    }

    func link(resolution: EntityResolution, known: [KnownEntity]) -> Linked {
        var nodes = self.nodes
        var changed = Set<String>()
        var provenance = RelationProvenance(documents: resolution.documents.count)
        var document: Int?
        func add(_ subject: String, _ predicate: RelationPredicate, _ value: GraphValue, rule: String) {
            nodes[subject]?.add(predicate.rawValue, value)
            changed.insert(subject)
            provenance.record(subject, predicate.rawValue, value, document: document, rule: rule)
        }
        let links = MentionAttribute.allCases.compactMap { attribute in
            attribute.relation.map { (attribute, $0.objectLabel, $0.predicate, "mention." + attribute.rawValue) }
        }
        for (index, extraction) in resolution.documents.enumerated() {
            document = index
            for fact in extraction.relations {
                guard let subject = mentions.entity(document: index, range: fact.subject) else { continue }
                if let object = fact.object {
                    if let target = mentions.entity(document: index, range: object), target != subject,
                       fact.predicate != RelationPredicate.location || !sameName(subject, target, nodes) {
                        add(subject, fact.predicate, .reference(target), rule: fact.source)
                    }
                } else if let literal = fact.literal {
                    let isDate = fact.predicate == RelationPredicate.startDate || fact.predicate == RelationPredicate.endDate
                    add(subject, fact.predicate, isDate ? (GraphValue.isoDate(literal) ?? .text(literal)) : .text(literal), rule: fact.source)
                    if fact.predicate == RelationPredicate.jobTitle, let role = Self.roleNoun(of: literal) {
                        add(subject, fact.predicate, .text(role), rule: "graph.role-noun")
                    }
                }
            }
            for mention in extraction.mentions where !mention.attributes.isEmpty {
                guard let subject = mentions.entity(document: index, range: mention.range) else { continue }
                for (attribute, label, predicate, rule) in links {
                    if attribute == MentionAttribute.location, Self.namesAnEnvoy([mention.text]) { continue }
                    guard let name = mention.attributes[attribute],
                          let target = entityOfKey[label, names.key(for: label, text: name)],
                          target != subject, predicate != RelationPredicate.location || !sameName(subject, target, nodes)
                    else { continue }
                    add(subject, predicate, .reference(target), rule: rule)
                }
            }
        }
        document = nil
        // Only a lexicon place (province, district, country, city, region), or one the archive writes
        // after a head, is looked for inside a name: a place node of the archive may be a generic word
        // or a fragment ("จำกัด", "จังหวัด,").
        // A lexicon name that is also a common word (districts marked ambiguous: "สังคม", "ชนบท",
        // "เฉลิมพระเกียรติ") counts only after a place head ("อำเภอชนบท", not "กรมทางหลวงชนบท"), and
        // one without a province ("เมือง": any capital district) not at all; so does a country
        // name that is also an adjective ("ไทย" in "สำนักงานแรงงานไทย", an office abroad; "แห่งประเทศไทย"
        // stays). A river or sea names no seat ("คณะกรรมการแม่น้ำโขงแห่งชาติ").
        var lexiconPlaceKeys: [String] = [], afterHeadOnly = Set<String>()
        for entity in resolution.entities where entity.label == .place {
            guard let known = entity.known else {
                // A place of the archive the texts also write with a head ("จังหวัดพะเยา") has a real name.
                let written = entityOfKey[.place, entity.idKey].flatMap { nodes[$0]?.allNames } ?? []
                if Self.isWrittenWithAHead(written, keys: entity.keys) { lexiconPlaceKeys += entity.keys }
                continue
            }
            if Self.waterHeads.contains(where: { known.name.hasPrefix($0) }) { continue }
            if known.properties["ambiguous"] == "1" {
                if known.properties["in"] == nil { continue }
                afterHeadOnly.insert(names.key(for: .place, text: known.name))
            }
            if let adjective = known.properties["needsPreposition"] {
                afterHeadOnly.insert(names.key(for: .place, text: adjective))
            }
            lexiconPlaceKeys += entity.keys
        }
        let places = PlaceIndex(Set(lexiconPlaceKeys.filter { !$0.hasPrefix("d:") }), lengths: Self.placeKeyLengths)
        let breaker = try? WordBreaker()
        for entity in resolution.entities where entity.label == .organization {
            let id = entityOfKey[.organization, entity.idKey]!
            if nodes[id]?.properties[RelationPredicate.location.rawValue] != nil { continue }
            if Self.namesAnEnvoy(nodes[id]?.allNames ?? []) { continue }
            if let place = longestPlace(in: entity.keys, names: nodes[id]?.allNames ?? [], places: places,
                                        afterHeadOnly: afterHeadOnly, nodes: nodes, breaker: breaker),
               let target = entityOfKey[.place, place] {
                add(id, RelationPredicate.location, .reference(target), rule: "graph.place-in-name")
            }
        }
        for entry in known {
            guard let container = entry.properties["in"],
                  let subject = entityOfKey[entry.label, names.key(for: entry.label, text: entry.name)],
                  let target = entityOfKey[.place, names.key(for: .place, text: container)], target != subject
            else { continue }
            add(subject, entry.label == .place ? RelationPredicate.containedInPlace : RelationPredicate.location,
                .reference(target), rule: "lexicon.in")
        }
        for id in changed {
            for predicate in [RelationPredicate.startDate, RelationPredicate.endDate] {
                guard let values = nodes[id]?.properties[predicate.rawValue], values.count > 1 else { continue }
                nodes[id]?.properties[predicate.rawValue] = Self.withoutSubsumedDates(values)
            }
        }
        return Linked(nodes: changed.sorted().compactMap { nodes[$0] }, provenance: provenance)
    }

    /// The role nouns a full position phrase starts with ("อธิการบดี" of "อธิการบดีมหาวิทยาลัยพะเยา"),
    /// when shorter than the phrase: the graph keeps both, the position as written and the kind of
    /// role (what the seeds graph asserts and what a query for all rectors needs).
    static func roleNoun(of title: String) -> String? {
        let scalars = Array(title.unicodeScalars)
        guard let chain = RoleNouns.bundled.chain(startingAt: 0, in: scalars), chain.end < scalars.count else { return nil }
        return chain.role
    }

    /// Administrative heads written before a place name.
    static let adminHeads = ["จังหวัด", "อำเภอ", "ตำบล", "ประเทศ", "จ.", "อ."]

    /// Whether one of the `written` names of a place is an administrative head followed by a name
    /// whose key is one of `keys` ("จังหวัดพะเยา" of the place "พะเยา").
    static func isWrittenWithAHead(_ written: [String], keys: [String]) -> Bool {
        let all = Set(keys)
        return written.contains { name in
            adminHeads.contains { head in
                name.hasPrefix(head) && all.contains(NameKey.normalize(String(name.dropFirst(head.count))))
            }
        }
    }

    /// Heads of lexicon names of rivers and seas.
    static let waterHeads = ["แม่น้ำ", "ทะเล", "มหาสมุทร", "อ่าว"]

    /// Heads of organisations that represent a country abroad: the place in their name is the
    /// country they represent, not where they are ("สถานเอกอัครราชทูตไทย" in Tokyo).
    static let envoyHeads = ["สถานเอกอัครราชทูต", "สถานทูต", "สถานกงสุล", "คณะผู้แทน", "Embassy", "Consulate"]

    /// Whether one of `names` starts with an envoy head.
    static func namesAnEnvoy(_ names: [String]) -> Bool {
        names.contains { name in envoyHeads.contains { name.hasPrefix($0) } }
    }

    /// Whether two nodes share a name ("ท่าอากาศยานสุวรรณภูมิ" the ORG and the PLACE): one is not
    /// the other's location.
    private func sameName(_ a: String, _ b: String, _ nodes: [String: GraphNode]) -> Bool {
        let names = Set((nodes[a]?.allNames ?? []).map(NameKey.normalize))
        return (nodes[b]?.allNames ?? []).contains { names.contains(NameKey.normalize($0)) }
    }

    /// `values` without an ISO date that another value refines ("2023" beside "2023-11" or "2023-11-16").
    static func withoutSubsumedDates(_ values: [GraphValue]) -> [GraphValue] {
        values.filter { value in !values.contains { $0.string.hasPrefix(value.string + "-") } }
    }

    /// The longest known place key inside any of `keys` (ties: code-point order) that is a
    /// word of the name, not part of one: it starts and ends at word boundaries — ICU's, the end
    /// of a place head ("แห่งประเทศ|ไทย"), or spaces and punctuation of a name with that key
    /// (`names`: "Bank of China") — ("พาน" is
    /// not in "กรุงไทยพานิช", "nan" not in "Finance"), and after "กรุง" it is only the place when the place
    /// is called "กรุง…" ("กรุงเทพมหานคร" in "สภาวัฒนธรรมกรุงเทพมหานคร"; not "ไทย" in the bank
    /// "ธนาคารกรุงไทย").
    private func longestPlace(in keys: [String], names: [String], places: PlaceIndex, afterHeadOnly: Set<String>,
                              nodes: [String: GraphNode], breaker: WordBreaker?) -> String? {
        var best: [Unicode.Scalar]?
        for key in keys where !key.hasPrefix("d:") {
            let scalars = Array(key.unicodeScalars)
            var boundaries: Set<Int>?
            for start in scalars.indices.dropLast() {
                for place in places.byPrefix[PlaceIndex.prefix(scalars[start], scalars[start + 1])] ?? [] {
                    if let b = best, place.count < b.count { break }   // sorted longest first
                    guard start + place.count <= scalars.count,
                          scalars[start..<(start + place.count)].elementsEqual(place) else { continue }
                    if boundaries == nil {
                        boundaries = breaker.flatMap { Self.wordBoundaries(of: key, breaker: $0) }
                            .map { $0.union(Self.spaceBoundaries(of: key, names: names)).union(Self.headEnds(in: scalars)) } ?? []
                    }
                    if let boundaries, !boundaries.isEmpty,
                       !boundaries.contains(start) || !boundaries.contains(start + place.count) { continue }
                    if !isPlace(place, after: scalars[..<start], nodes: nodes) { continue }
                    if place.count == scalars.count { continue }   // the whole name: not a place inside it
                    if afterHeadOnly.contains(String(String.UnicodeScalarView(place))),
                       !Self.headEnds(in: scalars).contains(start) { continue }
                    if best == nil || place.count > best!.count
                        || String(String.UnicodeScalarView(place)) < String(String.UnicodeScalarView(best!)) { best = place }
                    break
                }
            }
        }
        return best.map { String(String.UnicodeScalarView($0)) }
    }

    /// Whether `place` (a key) written after `prefix` names the place: always, except after
    /// "กรุง", where the place must have a name "กรุง" + key.
    private func isPlace(_ place: [Unicode.Scalar], after prefix: ArraySlice<Unicode.Scalar>,
                         nodes: [String: GraphNode]) -> Bool {
        let head = Array("กรุง".unicodeScalars)
        guard prefix.count >= head.count, prefix.suffix(head.count).elementsEqual(head) else { return true }
        let key = String(String.UnicodeScalarView(place))
        guard let id = entityOfKey[.place, key], let node = nodes[id] else { return false }
        let written = "กรุง" + key
        return node.allNames.contains { NameKey.normalize($0) == written }
    }

    /// Offsets in `key` (scalars) where the words of a name whose key is `key` meet: "Bank of
    /// China" → 0, 4, 6, 11 in "bankofchina".
    static func spaceBoundaries(of key: String, names: [String]) -> Set<Int> {
        var result = Set<Int>()
        for name in names where NameKey.normalize(name) == key {
            var offset = 0
            result.insert(0)
            for word in name.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }) {
                offset += NameKey.normalize(String(word)).unicodeScalars.count
                result.insert(offset)
            }
        }
        return result
    }

    /// Words after which a place name starts, wherever ICU cuts (after "กรุง" `isPlace` decides).
    static let placeHeadWords = ["จังหวัด", "ประเทศ", "อำเภอ", "ตำบล", "เมือง", "นคร", "แห่ง", "เขต", "กรุง"].map { Array($0.unicodeScalars) }

    /// Offsets in `key` right after a place head word, and before "ฯ" (which ends an
    /// abbreviated name: "…แห่งประเทศไทยฯ").
    static func headEnds(in key: [Unicode.Scalar]) -> Set<Int> {
        var result = Set(key.indices.filter { key[$0] == "ฯ" })
        for head in placeHeadWords where head.count <= key.count {
            for start in 0...(key.count - head.count) where key[start..<(start + head.count)].elementsEqual(head) {
                result.insert(start + head.count)
            }
        }
        return result
    }

    /// ICU word boundaries of `text` as scalar offsets (0 and the end included); nil if ICU fails.
    static func wordBoundaries(of text: String, breaker: WordBreaker) -> Set<Int>? {
        let units = Array(text.utf16)
        var scalarOfUnit = [Int](repeating: 0, count: units.count + 1)
        var scalar = 0, unit = 0
        for s in text.unicodeScalars {
            scalarOfUnit[unit] = scalar
            unit += s.utf16.count
            scalar += 1
        }
        scalarOfUnit[units.count] = scalar
        let boundaries = units.withUnsafeBufferPointer { buffer in
            try? breaker.withBoundaries(buffer) { $0.map { scalarOfUnit[Int($0)] } }
        }
        return boundaries.map { Set($0).union([0, scalar]) }
    }
}
