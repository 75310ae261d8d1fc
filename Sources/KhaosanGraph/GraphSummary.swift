import Foundation
import KhaosanCore

/// Figures of a graph for `khaosan build`'s summary: mentions and entities per
/// label and the most-mentioned entities.
public struct GraphSummary: Sendable {
    public struct Row: Sendable {
        public var label: MentionLabel
        public var mentions: Int
        public var entities: Int
    }

    public var rows: [Row]
    /// `(entity IRI, display name, label, mention count)`, most mentioned first.
    public var top: [(id: String, name: String, label: MentionLabel, mentions: Int)]
    public var documents: Int

    public init(_ graph: KnowledgeGraph, top count: Int = 10) {
        let (perEntity, mentions) = graph.mentionCounts()
        self.init(nodes: graph.storedNodes, documents: graph.articleCount, node: graph.node, mentions: mentions,
                  perEntity: perEntity, top: count)
    }

    /// `nodes`: every node with a label (articles and statements, which have none, need not be among them).
    private init(nodes: [GraphNode], documents: Int, node: (String) -> GraphNode?, mentions: [MentionLabel: Int],
                 perEntity: [String: Int], top count: Int) {
        var entities: [MentionLabel: Int] = [:]
        for node in nodes { if let label = node.label { entities[label, default: 0] += 1 } }
        rows = MentionLabel.allCases.map { Row(label: $0, mentions: mentions[$0] ?? 0, entities: entities[$0] ?? 0) }
        top = perEntity.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(max(0, count)).map { item in
            let node = node(item.key)
            return (item.key, GraphDiff.displayName(node) ?? item.key, node?.label ?? .organization, item.value)
        }
        self.documents = documents
    }

    /// Human-readable lines.
    public var lines: [String] {
        var out = ["documents: \(documents)", "label    mentions  entities"]
        for row in rows {
            out.append(row.label.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                       + " " + String(row.mentions).leftPad(8) + "  " + String(row.entities).leftPad(8))
        }
        let totalMentions = rows.map(\.mentions).reduce(0, +), totalEntities = rows.map(\.entities).reduce(0, +)
        out.append("total    " + String(totalMentions).leftPad(8) + "  " + String(totalEntities).leftPad(8))
        if !top.isEmpty {
            out.append("most mentioned:")
            for item in top { out.append("  \(String(item.mentions).leftPad(5))  \(item.label.rawValue)  \(item.name)") }
        }
        return out
    }
}

private extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
