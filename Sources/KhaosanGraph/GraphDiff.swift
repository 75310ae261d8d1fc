import Foundation
import KhaosanCore

/// Compares two graphs by entity, not by line: entities added and removed, mentions that
/// moved between entities (merges, splits, new ids), changes of names, aliases, types,
/// properties and relations of entities in both, mention edits by article, and articles
/// added and removed.
///
/// Streams: both files are read element by element (`GraphItemStream`) and walked side by
/// side in `@id` order (the order `JSONLDWriter` writes), so an element is compared with its
/// namesake as it comes and dropped; byte-identical mentions are not even parsed. Memory is
/// bounded by the entities and the changes (`GraphDiffCollector`), not by the mentions.
public enum GraphDiff {
    /// At most this many moved mentions are listed per move (all are counted).
    public static let movedMentionLimit = 10

    /// Compares the graph files `oldPath` and `newPath`; a file that is not a khaosan graph
    /// (or whose `@graph` is not sorted by `@id`) is a `GraphReader.ReadError` naming it.
    public static func compare(oldPath: String, newPath: String) throws -> GraphDiffReport {
        var old = try GraphItemStream(path: oldPath), new = try GraphItemStream(path: newPath)
        return try compare(&old, &new)
    }

    /// Compares two graphs in memory (through the bytes `JSONLDWriter` writes for them).
    public static func compare(_ old: KnowledgeGraph, _ new: KnowledgeGraph) throws -> GraphDiffReport {
        var a = GraphItemStream(data: JSONLDWriter().data(for: old), origin: "<old graph>")
        var b = GraphItemStream(data: JSONLDWriter().data(for: new), origin: "<new graph>")
        return try compare(&a, &b)
    }

    static func compare(_ old: inout GraphItemStream, _ new: inout GraphItemStream) throws -> GraphDiffReport {
        var collector = GraphDiffCollector()
        var a = try SortedElement.next(&old, after: nil), b = try SortedElement.next(&new, after: nil)
        while a != nil || b != nil {
            if let x = a, let y = b, x.id == y.id {
                if x.bytes == y.bytes {
                    if GraphElementBytes.isAnnotation(x.bytes), let fields = GraphElementBytes.labelAndBody(x.bytes),
                       let label = MentionLabel(rawValue: fields.label) {
                        collector.sameMention(label: label, body: fields.body)
                    } else {
                        switch try x.item(old) {
                        case .node(let node): collector.sameNode(node)
                        case .annotation(let m): collector.sameMention(label: m.label, body: m.body)
                        }
                    }
                } else {
                    collector.changed(try x.item(old), try y.item(new))
                }
                a = try SortedElement.next(&old, after: x.id)
                b = try SortedElement.next(&new, after: y.id)
            } else if let x = a, b == nil || x.id.lexicographicallyPrecedes(b!.id) {
                collector.only(try x.item(old), old: true)
                a = try SortedElement.next(&old, after: x.id)
            } else if let y = b {
                collector.only(try y.item(new), old: false)
                b = try SortedElement.next(&new, after: y.id)
            }
        }
        return collector.report()
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
    static func moves(_ pairs: [String: [String: Int]], examples: [String: [String: [GraphDiffReport.MovedMention]]],
                      ref: (String, Bool) -> GraphDiffReport.EntityRef) -> [GraphDiffReport.Move] {
        var intoNew: [String: [String: Int]] = [:]
        for (from, targets) in pairs { for (to, count) in targets { intoNew[to, default: [:]][from] = count } }
        func moved(_ from: String, _ to: String) -> Int { from == to ? 0 : pairs[from]?[to] ?? 0 }
        func listed(_ links: [(String, String)]) -> [GraphDiffReport.MovedMention] {
            Array(links.flatMap { examples[$0.0]?[$0.1] ?? [] }.sorted().prefix(movedMentionLimit))
        }
        var result = Set<GraphDiffReport.Move>()
        for (to, sources) in intoNew where sources.count > 1 {
            result.insert(.init(from: sources.keys.map { ref($0, true) }.sorted(), to: [ref(to, false)],
                                mentions: sources.keys.map { moved($0, to) }.reduce(0, +), kind: "merge",
                                examples: listed(sources.keys.map { ($0, to) })))
        }
        for (from, targets) in pairs where targets.count > 1 {
            result.insert(.init(from: [ref(from, true)], to: targets.keys.map { ref($0, false) }.sorted(),
                                mentions: targets.keys.map { moved(from, $0) }.reduce(0, +), kind: "split",
                                examples: listed(targets.keys.map { (from, $0) })))
        }
        for (from, targets) in pairs where targets.count == 1 {
            let to = targets.keys.first!
            if to != from && intoNew[to]!.count == 1 {
                result.insert(.init(from: [ref(from, true)], to: [ref(to, false)], mentions: targets[to]!, kind: "reidentified",
                                    examples: listed([(from, to)])))
            }
        }
        return result.sorted()
    }

    static func propertyChanges(_ a: GraphNode, _ b: GraphNode, entity: GraphDiffReport.EntityRef,
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
