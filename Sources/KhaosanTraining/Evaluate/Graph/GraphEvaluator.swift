import KhaosanCore

/// Scores the PERSON, ORG and PLACE mentions of a graph against a gold registry, one article
/// at a time (`add`), then `evaluation(errors:)`. Definitions (README "Graph evaluation"):
/// occurrences from `VariantOccurrenceFinder`, coverage from `OccurrenceCoverage`, B-cubed
/// (`BCubedScore`) over covered occurrences with gold cluster = registry entity and system
/// cluster = the entity node of the covering mention.
public struct GraphEvaluator {
    public let registry: GoldRegistry
    public let finder: VariantOccurrenceFinder
    public let coverage: OccurrenceCoverage
    /// Parts listed per split or mix.
    public static let partsListed = 12
    /// Examples kept per (entity, node) cell.
    public static let examplesPerCell = 2
    /// Scalars of context on each side of an example.
    public static let contextScalars = 30

    private struct Cell: Hashable {
        var entity: Int
        var node: Int
    }

    private struct MissKey: Hashable {
        var entity: Int
        var text: String
    }

    private var documents = 0
    private var occurrences: [MentionLabel: Int] = [:]
    private var nested: [MentionLabel: Int] = [:]
    private var cells: [Cell: Int] = [:]
    private var examples: [Cell: [GraphErrorExample]] = [:]
    private var missed: [MissKey: (count: Int, examples: [GraphErrorExample])] = [:]
    private var nodeNames: [Int: String] = [:]
    private var nodeIRIs: [Int: String] = [:]

    public init(registry: GoldRegistry, coverage: OccurrenceCoverage = OccurrenceCoverage()) {
        self.registry = registry
        self.finder = VariantOccurrenceFinder(registry: registry)
        self.coverage = coverage
    }

    /// Scores one article: `tokens` segment its normalised text, `mentions` are its graph
    /// mentions (sorted by start), whose nodes `graph` names.
    public mutating func add(_ document: Document, tokens: [Token], mentions: [GraphMention], graph: GraphMentionIndex) {
        documents += 1
        for occurrence in finder.occurrences(in: document, tokens: tokens) {
            let label = registry.entities[occurrence.entity].label
            switch coverage.outcome(of: occurrence.range, label: label, mentions: mentions, source: document.sourceScalars) {
            case .nested:
                nested[label, default: 0] += 1
            case .missed:
                occurrences[label, default: 0] += 1
                let text = String(String.UnicodeScalarView(document.sourceScalars[occurrence.range.start..<occurrence.range.end]))
                let key = MissKey(entity: occurrence.entity, text: text)
                var entry = missed[key] ?? (0, [])
                entry.count += 1
                if entry.examples.count < Self.examplesPerCell {
                    entry.examples.append(GraphErrorExample(document: document.id,
                                                            context: Self.context(of: occurrence.range, in: document.sourceScalars)))
                }
                missed[key] = entry
            case .covered(let index):
                occurrences[label, default: 0] += 1
                let node = mentions[index].node
                let cell = Cell(entity: occurrence.entity, node: node)
                cells[cell, default: 0] += 1
                if nodeIRIs[node] == nil {
                    nodeIRIs[node] = graph.nodeIRIs[node]
                    nodeNames[node] = graph.nodeNames[node]
                }
                if examples[cell, default: []].count < Self.examplesPerCell {
                    examples[cell, default: []].append(
                        GraphErrorExample(document: document.id, context: Self.context(of: occurrence.range, in: document.sourceScalars)))
                }
            }
        }
    }

    /// The scores so far, with the `errors` worst splits and mixes.
    public func evaluation(errors: Int) -> GraphEvaluation {
        let labels: [MentionLabel] = [.person, .organization, .place]
        var scores = labels.map { score(label: $0.rawValue, labels: [$0]) }
        scores.append(score(label: "all", labels: Set(labels)))
        return GraphEvaluation(documents: documents, labels: scores, splits: splits(errors), mixes: mixes(errors),
                               misses: misses(errors), relations: nil)
    }

    private func score(label name: String, labels: Set<MentionLabel>) -> GraphLabelScore {
        let selected = cells.filter { labels.contains(registry.entities[$0.key.entity].label) }
        let total = labels.reduce(0) { $0 + (occurrences[$1] ?? 0) }
        let covered = selected.values.reduce(0, +)
        let bcubed = BCubedScore(cells: selected.map { (gold: $0.key.entity, system: $0.key.node, count: $0.value) })
        var nodesOf: [Int: Int] = [:]
        for cell in selected.keys { nodesOf[cell.entity, default: 0] += 1 }
        let onOne = nodesOf.values.filter { $0 == 1 }.count
        return GraphLabelScore(
            label: name, occurrences: total, covered: covered, nested: labels.reduce(0) { $0 + (nested[$1] ?? 0) },
            coverage: total == 0 ? 0 : Double(covered) / Double(total), bcubed: bcubed, entities: nodesOf.count,
            nodesPerEntity: nodesOf.isEmpty ? 0 : Double(nodesOf.values.reduce(0, +)) / Double(nodesOf.count),
            entitiesOnOneNode: onOne, shareOnOneNode: nodesOf.isEmpty ? 0 : Double(onOne) / Double(nodesOf.count))
    }

    /// Registry entities on more than one node, costliest first.
    private func splits(_ limit: Int) -> [ClusterError] {
        let byEntity = Dictionary(grouping: cells.keys, by: \.entity).filter { $0.value.count > 1 }
        let errors = byEntity.map { entity, cellsOfEntity -> ClusterError in
            let gold = registry.entities[entity]
            return clusterError(id: gold.id, name: gold.name, label: gold.label.rawValue, cells: cellsOfEntity) { cell in
                (nodeIRIs[cell.node]!, nodeNames[cell.node]!)
            }
        }
        return Self.worst(errors, limit)
    }

    /// Nodes holding more than one registry entity, costliest first.
    private func mixes(_ limit: Int) -> [ClusterError] {
        let byNode = Dictionary(grouping: cells.keys, by: \.node).filter { $0.value.count > 1 }
        let errors = byNode.map { node, cellsOfNode -> ClusterError in
            let label = registry.entities[cellsOfNode[0].entity].label.rawValue
            return clusterError(id: nodeIRIs[node]!, name: nodeNames[node]!, label: label, cells: cellsOfNode) { cell in
                (registry.entities[cell.entity].id, registry.entities[cell.entity].name)
            }
        }
        return Self.worst(errors, limit)
    }

    /// The variant strings (as written) most often missed, most frequent first.
    private func misses(_ limit: Int) -> [MissedVariant] {
        let all = missed.map { key, entry in
            MissedVariant(id: registry.entities[key.entity].id, name: registry.entities[key.entity].name,
                          label: registry.entities[key.entity].label.rawValue, text: key.text, occurrences: entry.count,
                          examples: entry.examples)
        }
        return Array(all.sorted { ($1.occurrences, $0.id, $0.text) < ($0.occurrences, $1.id, $1.text) }.prefix(limit))
    }

    private func clusterError(id: String, name: String, label: String, cells parts: [Cell],
                              part: (Cell) -> (id: String, name: String)) -> ClusterError {
        let listed = parts.map { cell -> ClusterErrorPart in
            let (id, name) = part(cell)
            return ClusterErrorPart(id: id, name: name, occurrences: cells[cell]!, examples: examples[cell] ?? [])
        }.sorted { ($1.occurrences, $0.id) < ($0.occurrences, $1.id) }
        let total = listed.reduce(0) { $0 + $1.occurrences }
        return ClusterError(id: id, name: name, label: label, occurrences: total,
                            outsideLargestPart: total - listed[0].occurrences, partCount: listed.count,
                            parts: Array(listed.prefix(Self.partsListed)))
    }

    private static func worst(_ errors: [ClusterError], _ limit: Int) -> [ClusterError] {
        Array(errors.sorted { ($1.outsideLargestPart, $1.partCount, $0.id) < ($0.outsideLargestPart, $0.partCount, $1.id) }
            .prefix(limit))
    }

    /// `contextScalars` scalars each side of `range`, the range in [brackets], line breaks as spaces.
    static func context(of range: ScalarRange, in source: [Unicode.Scalar]) -> String {
        func text(_ from: Int, _ to: Int) -> String {
            String(String.UnicodeScalarView(source[from..<to].map { $0.properties.isWhitespace ? " " : $0 }))
        }
        let start = max(0, range.start - contextScalars), end = min(source.count, range.end + contextScalars)
        return text(start, range.start) + "[" + text(range.start, range.end) + "]" + text(range.end, end)
    }
}
