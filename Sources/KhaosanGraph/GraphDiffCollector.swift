import KhaosanCore

/// What `GraphDiff` keeps while it walks two graphs side by side: per entity (labels,
/// display names, old → new mention counts) and per change (mentions only on one side,
/// changed nodes). Nothing is kept per unchanged mention, so memory is bounded by the
/// entities and the changes, not by the mentions.
struct GraphDiffCollector {
    typealias Report = GraphDiffReport

    /// Entity IRI → label of its mentions, per graph.
    private var oldLabels: [String: MentionLabel] = [:], newLabels: [String: MentionLabel] = [:]
    /// Node IRI → display name in the new graph (and in the old one where it differs).
    private var names: [String: String] = [:], oldNames: [String: String] = [:]
    /// Nodes only in one graph (entities among them are known once every label is).
    private var oldOnly: [String] = [], newOnly: [String] = []
    /// The entity nodes among them, by IRI (paired through `GraphIRI.stableKey` at the end).
    private var oldOnlyEntities: [String: GraphNode] = [:], newOnlyEntities: [String: GraphNode] = [:]
    private var oldArticles: [String] = [], newArticles: [String] = []
    /// Nodes in both graphs with other content.
    private var changedNodes: [(old: GraphNode, new: GraphNode)] = []
    /// Old entity → new entity → mentions, for mentions in both graphs.
    private var pairs: [String: [String: Int]] = [:]
    /// Moved mentions by old and new entity (at most `GraphDiff.movedMentionLimit` each).
    private var movedExamples: [String: [String: [Report.MovedMention]]] = [:]
    /// Mentions only in the old (lost) or new (gained) graph, by article id.
    private var lost: [String: [GraphAnnotation]] = [:], gained: [String: [GraphAnnotation]] = [:]
    private var oldVersion = "", newVersion = ""

    /// A mention byte-identical in both graphs.
    mutating func sameMention(label: MentionLabel, body: String) {
        oldLabels[body] = label
        newLabels[body] = label
        pairs[body, default: [:]][body, default: 0] += 1
    }

    /// A node byte-identical in both graphs.
    mutating func sameNode(_ node: GraphNode) {
        record(node, old: false)
        if let facts = GraphReader.datasetFacts(node) { oldVersion = facts.version }
    }

    /// An element only in the old graph (`old`) or only in the new one.
    mutating func only(_ item: GraphReader.Item, old: Bool) {
        switch item {
        case .annotation(let a):
            if old { oldLabels[a.body] = a.label; lost[a.documentID, default: []].append(a) } else {
                newLabels[a.body] = a.label; gained[a.documentID, default: []].append(a)
            }
        case .node(let node):
            record(node, old: old)
            if old { oldOnly.append(node.id) } else { newOnly.append(node.id) }
            if GraphIRI.stableKey(of: node.id) != nil {
                if old { oldOnlyEntities[node.id] = node } else { newOnlyEntities[node.id] = node }
            }
            if node.types == ["NewsArticle"] { if old { oldArticles.append(node.id) } else { newArticles.append(node.id) } }
        }
    }

    /// An element with the same `@id` and other bytes in the two graphs.
    mutating func changed(_ old: GraphReader.Item, _ new: GraphReader.Item) {
        switch (old, new) {
        case (.annotation(let a), .annotation(let b)):
            oldLabels[a.body] = a.label
            newLabels[b.body] = b.label
            if a.label != b.label || a.exact != b.exact || a.start != b.start || a.end != b.end {
                lost[a.documentID, default: []].append(a)
                gained[b.documentID, default: []].append(b)
                return
            }
            pairs[a.body, default: [:]][b.body, default: 0] += 1
            if a.body != b.body, movedExamples[a.body]?[b.body]?.count ?? 0 < GraphDiff.movedMentionLimit {
                movedExamples[a.body, default: [:]][b.body, default: []].append(
                    .init(document: a.documentID, start: a.start, end: a.end, text: a.exact, from: a.body, to: b.body))
            }
        case (.node(let a), .node(let b)):
            record(a, old: true)
            record(b, old: false)
            changedNodes.append((a, b))
        default:   // a node became an annotation: not khaosan's own output, shown as removed and added
            only(old, old: true)
            only(new, old: false)
        }
    }

    private mutating func record(_ node: GraphNode, old: Bool) {
        if let facts = GraphReader.datasetFacts(node) {
            if old { oldVersion = facts.version } else { newVersion = facts.version }
        }
        guard let name = GraphDiff.displayName(node) else { return }
        if old { oldNames[node.id] = name } else { names[node.id] = name }
    }

    private func ref(_ id: String, old: Bool) -> Report.EntityRef {
        let label = (old ? oldLabels[id] : newLabels[id])?.rawValue ?? ""
        let name = old ? oldNames[id] ?? names[id] : names[id]
        return Report.EntityRef(id: id, label: label, name: name ?? id)
    }

    private func span(_ a: GraphAnnotation, old: Bool) -> Report.Span {
        Report.Span(start: a.start, end: a.end, label: a.label.rawValue, text: a.exact, entity: ref(a.body, old: old))
    }

    /// Old entity IRI → new IRI of the entities only in one graph each whose stable parts agree.
    private func renamedEntities() -> [String: String] {
        var newByKey: [String: String] = [:]
        for id in newOnlyEntities.keys.sorted() { if let key = GraphIRI.stableKey(of: id) { newByKey[key] = id } }
        var renamed: [String: String] = [:]
        for id in oldOnlyEntities.keys { if let key = GraphIRI.stableKey(of: id), let new = newByKey[key] { renamed[id] = new } }
        return renamed
    }

    /// `node` with its IRI and the IRIs it refers to moved through `renamed`.
    private static func moving(_ node: GraphNode, _ renamed: [String: String]) -> GraphNode {
        guard !renamed.isEmpty else { return node }
        var moved = node
        moved.id = renamed[node.id] ?? node.id
        moved.properties = node.properties.mapValues { values in
            values.map { value in
                if case .reference(let id) = value, let new = renamed[id] { return .reference(new) }
                return value
            }
        }
        return moved
    }

    /// The report of everything collected. Entities renamed (same stable IRI part, other slug)
    /// are compared as one entity: not added and removed, not re-identified; their references
    /// are followed to the new IRIs before properties are compared.
    func report() -> Report {
        var report = Report()
        if oldVersion != newVersion { report.versionChange = [oldVersion, newVersion] }
        let renamed = renamedEntities()
        let renamedNew = Set(renamed.values)
        report.renamedIRIs = renamed.map { Report.RenamedIRI(old: $0.key, new: $0.value) }.sorted()
        report.addedEntities = newOnly.filter { newLabels[$0] != nil && !renamedNew.contains($0) }.map { ref($0, old: false) }.sorted()
        report.removedEntities = oldOnly.filter { oldLabels[$0] != nil && renamed[$0] == nil }.map { ref($0, old: true) }.sorted()
        // Mention pairs and examples with the old entity under its new IRI: a renamed entity holding
        // the same mentions is no move. The old side of a move is shown under its old IRI.
        var movedPairs: [String: [String: Int]] = [:]
        for (from, targets) in pairs { for (to, count) in targets { movedPairs[renamed[from] ?? from, default: [:]][to, default: 0] += count } }
        var examples: [String: [String: [Report.MovedMention]]] = [:]
        for (from, targets) in movedExamples {
            for (to, list) in targets where (renamed[from] ?? from) != to { examples[renamed[from] ?? from, default: [:]][to, default: []] += list }
        }
        let oldIRI = Dictionary(renamed.map { ($0.value, $0.key) }, uniquingKeysWith: min)
        report.moves = GraphDiff.moves(movedPairs, examples: examples) { id, old in
            old ? ref(oldIRI[id] ?? id, old: true) : ref(id, old: false)
        }
        let renamedPairs = renamed.compactMap { old, new in
            oldOnlyEntities[old].flatMap { a in newOnlyEntities[new].map { (old: a, new: $0) } }
        }
        report.propertyChanges = (changedNodes + renamedPairs).filter { oldLabels[$0.old.id] != nil && newLabels[$0.new.id] != nil }
            .map { (old: Self.moving($0.old, renamed), new: $0.new) }
            .filter { $0.old != $0.new }
            .flatMap { pair in
                GraphDiff.propertyChanges(pair.old, pair.new, entity: ref(pair.new.id, old: false),
                                          oldNames: { oldNames[$0] ?? names[$0] ?? $0 }, newNames: { names[$0] ?? $0 })
            }.sorted()
        report.articles = Set(lost.keys).union(gained.keys).sorted().map { document in
            Report.ArticleChange(document: document,
                                 edits: MentionEditPairing.edits(before: (lost[document] ?? []).map { span($0, old: true) },
                                                                 after: (gained[document] ?? []).map { span($0, old: false) }))
        }
        report.addedDocuments = newArticles.sorted()
        report.removedDocuments = oldArticles.sorted()
        return report
    }
}
