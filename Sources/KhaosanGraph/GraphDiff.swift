/// Compares two graphs by entity, not by line: entities added and removed,
/// mentions that moved between entities (merges, splits, new ids), changes of
/// names, aliases, types, properties and relations of entities in both, and
/// mentions gained and lost, and documents added and removed.
public enum GraphDiff {
    public static func compare(_ old: KnowledgeGraph, _ new: KnowledgeGraph) -> GraphDiffReport {
        var report = GraphDiffReport()
        let oldEntities = Dictionary(uniqueKeysWithValues: old.entities.map { ($0.id, $0) })
        let newEntities = Dictionary(uniqueKeysWithValues: new.entities.map { ($0.id, $0) })
        func ref(_ node: GraphNode?, _ id: String) -> GraphDiffReport.EntityRef {
            GraphDiffReport.EntityRef(id: id, label: node?.label?.rawValue ?? "", name: displayName(node) ?? id)
        }
        report.addedEntities = newEntities.keys.filter { oldEntities[$0] == nil }.map { ref(newEntities[$0], $0) }.sorted()
        report.removedEntities = oldEntities.keys.filter { newEntities[$0] == nil }.map { ref(oldEntities[$0], $0) }.sorted()

        // Mentions, keyed by document and range.
        struct Key: Hashable { let document: String; let start: Int; let end: Int }
        let oldMentions = Dictionary(old.annotations.map { (Key(document: $0.documentID, start: $0.start, end: $0.end), $0) },
                                     uniquingKeysWith: { a, _ in a })
        let newMentions = Dictionary(new.annotations.map { (Key(document: $0.documentID, start: $0.start, end: $0.end), $0) },
                                     uniquingKeysWith: { a, _ in a })
        func change(_ a: GraphAnnotation, _ graph: [String: GraphNode]) -> GraphDiffReport.MentionChange {
            GraphDiffReport.MentionChange(document: a.documentID, start: a.start, end: a.end, label: a.label.rawValue,
                                          text: a.exact, entity: displayName(graph[a.body]) ?? a.body)
        }
        var pairs: [String: [String: Int]] = [:]   // old body → new body → count, for mentions in both
        for (key, a) in oldMentions {
            guard let b = newMentions[key] else { report.mentionsLost.append(change(a, oldEntities)); continue }
            if a.label != b.label || a.exact != b.exact {   // relabelled, or the article's text changed
                report.mentionsLost.append(change(a, oldEntities))
                report.mentionsGained.append(change(b, newEntities))
            } else {
                pairs[a.body, default: [:]][b.body, default: 0] += 1
            }
        }
        for (key, b) in newMentions where oldMentions[key] == nil { report.mentionsGained.append(change(b, newEntities)) }
        report.mentionsLost.sort()
        report.mentionsGained.sort()
        report.moves = moves(pairs, ref: { id, isOld in ref(isOld ? oldEntities[id] : newEntities[id], id) })

        for (id, newNode) in newEntities {
            guard let oldNode = oldEntities[id] else { continue }
            report.propertyChanges += propertyChanges(oldNode, newNode, entity: ref(newNode, id),
                                                      oldNames: { displayName(old.node($0)) ?? $0 },
                                                      newNames: { displayName(new.node($0)) ?? $0 })
        }
        report.propertyChanges.sort()
        let oldDocuments = Set(old.nodes.filter { $0.types == ["NewsArticle"] }.map(\.id))
        let newDocuments = Set(new.nodes.filter { $0.types == ["NewsArticle"] }.map(\.id))
        report.addedDocuments = newDocuments.subtracting(oldDocuments).sorted()
        report.removedDocuments = oldDocuments.subtracting(newDocuments).sorted()
        if old.version != new.version { report.versionChange = [old.version, new.version] }
        return report
    }

    /// The name shown for a node: Thai, then English, then any name.
    public static func displayName(_ node: GraphNode?) -> String? {
        guard let node else { return nil }
        return node.names["th"] ?? node.names["en"] ?? node.names.sorted { $0.key < $1.key }.first?.value
    }

    /// Merges (a new entity holding mentions of several old ones), splits (an old
    /// entity's mentions now in several new ones) and re-identifications (one
    /// old entity is one new entity under another id), from the old → new body
    /// counts of the mentions present in both graphs.
    private static func moves(_ pairs: [String: [String: Int]],
                              ref: (String, Bool) -> GraphDiffReport.EntityRef) -> [GraphDiffReport.Move] {
        var intoNew: [String: [String: Int]] = [:]
        for (from, targets) in pairs { for (to, count) in targets { intoNew[to, default: [:]][from] = count } }
        func moved(_ from: String, _ to: String) -> Int { from == to ? 0 : pairs[from]?[to] ?? 0 }
        var result = Set<GraphDiffReport.Move>()
        for (to, sources) in intoNew where sources.count > 1 {
            result.insert(.init(from: sources.keys.map { ref($0, true) }.sorted(), to: [ref(to, false)],
                                mentions: sources.keys.map { moved($0, to) }.reduce(0, +), kind: "merge"))
        }
        for (from, targets) in pairs where targets.count > 1 {
            result.insert(.init(from: [ref(from, true)], to: targets.keys.map { ref($0, false) }.sorted(),
                                mentions: targets.keys.map { moved(from, $0) }.reduce(0, +), kind: "split"))
        }
        for (from, targets) in pairs where targets.count == 1 {
            let to = targets.keys.first!
            if to != from && intoNew[to]!.count == 1 {
                result.insert(.init(from: [ref(from, true)], to: [ref(to, false)], mentions: targets[to]!, kind: "reidentified"))
            }
        }
        return result.sorted()
    }

    private static func propertyChanges(_ a: GraphNode, _ b: GraphNode, entity: GraphDiffReport.EntityRef,
                                        oldNames: (String) -> String, newNames: (String) -> String)
        -> [GraphDiffReport.PropertyChange] {
        var changes: [GraphDiffReport.PropertyChange] = []
        func compare(_ property: String, _ x: Set<String>, _ y: Set<String>) {
            if x == y { return }
            changes.append(.init(entity: entity, property: property, added: y.subtracting(x).sorted(),
                                 removed: x.subtracting(y).sorted()))
        }
        compare("@type", Set(a.types), Set(b.types))
        compare("name", Set(a.names.map { "\($0.value)@\($0.key)" }), Set(b.names.map { "\($0.value)@\($0.key)" }))
        compare("alternateName", Set(a.alternateNames.flatMap { kv in kv.value.map { "\($0)@\(kv.key)" } }),
                Set(b.alternateNames.flatMap { kv in kv.value.map { "\($0)@\(kv.key)" } }))
        for property in Set(a.properties.keys).union(b.properties.keys) {
            // Compare by value (a reference by its IRI), show references with the target's name.
            let x = Set(a.properties[property] ?? []), y = Set(b.properties[property] ?? [])
            if x == y { continue }
            let show = { (value: GraphValue, names: (String) -> String) -> String in
                guard case .reference(let id) = value else { return value.string }
                let name = names(id)
                return name == id ? "→ <\(id)>" : "→ \(name) <\(id)>"
            }
            changes.append(.init(entity: entity, property: property,
                                 added: y.subtracting(x).map { show($0, newNames) }.sorted(),
                                 removed: x.subtracting(y).map { show($0, oldNames) }.sorted()))
        }
        return changes
    }
}
