import Foundation
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanGraph

/// Checks every assertion of `fixtures/seeds-graph.json` (same, different,
/// relations, dates, names) on a graph, and returns the failures as readable
/// lines (empty when all hold). Reusable on any graph of the two seed articles:
/// built from gold-span extractions or from the real pipeline.
struct SeedsGraphAssertions {
    let graph: KnowledgeGraph
    private let spec: [String: Any]
    private var formsToEntities: [String: Set<String>] = [:]

    init(graph: KnowledgeGraph, specPath: String = Repository.path("fixtures/seeds-graph.json")) throws {
        self.graph = graph
        let data = try Data(contentsOf: URL(fileURLWithPath: specPath))
        spec = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        for annotation in graph.annotations { formsToEntities[annotation.exact, default: []].insert(annotation.body) }
        for node in graph.entities {
            for name in node.allNames { formsToEntities[name, default: []].insert(node.id) }
        }
    }

    /// The entities a surface form denotes: mentions with that exact text, and
    /// entities with that name or alternate name.
    func entities(for form: String, label: MentionLabel? = nil) -> Set<String> {
        let all = formsToEntities[form] ?? []
        guard let label else { return all }
        return all.filter { graph.node($0)?.label == label }
    }

    func failures() -> [String] {
        var failures: [String] = []
        for group in spec["same"] as? [[String]] ?? [] {
            let label = MentionLabel(rawValue: group[0])
            let ids = group.dropFirst().map { (form: $0, ids: entities(for: $0, label: label)) }
            for item in ids where item.ids.count != 1 {
                failures.append("same: '\(item.form)' denotes \(item.ids.count) \(group[0]) entities: \(item.ids.sorted())")
            }
            if Set(ids.flatMap(\.ids)).count > 1 {
                failures.append("same: \(group.dropFirst().joined(separator: " / ")) are \(Set(ids.flatMap(\.ids)).count) entities")
            }
        }
        for pair in spec["different"] as? [[String]] ?? [] {
            let a = entities(for: pair[0]), b = entities(for: pair[1])
            if a.isEmpty || b.isEmpty { failures.append("different: '\(a.isEmpty ? pair[0] : pair[1])' not in the graph") }
            if !a.isDisjoint(with: b) { failures.append("different: '\(pair[0])' and '\(pair[1])' are one entity") }
        }
        for relation in spec["relations"] as? [[String]] ?? [] {
            let subjects = entities(for: relation[0])
            let values = subjects.flatMap { graph.node($0)?.properties[relation[1]] ?? [] }
            let objectIDs = entities(for: relation[2])
            let holds = values.contains { value in
                if case .reference(let id) = value { return objectIDs.contains(id) }
                return value.string == relation[2]
            }
            if subjects.isEmpty { failures.append("relation: subject '\(relation[0])' not in the graph") }
            else if !holds {
                failures.append("relation: '\(relation[0])' \(relation[1]) '\(relation[2])' missing; has \(values.map(\.string))")
            }
        }
        for date in spec["dates"] as? [[String]] ?? [] {
            let values = entities(for: date[0], label: .date).flatMap { graph.node($0)?.properties["khaosan:value"] ?? [] }
            if values.map(\.string) != [date[1]] {
                failures.append("date: '\(date[0])' has values \(values.map(\.string)), expected \(date[1])")
            }
        }
        for name in spec["names"] as? [[String]] ?? [] {
            let people = entities(for: name[0], label: .person).compactMap { graph.node($0) }
            if people.count != 1 { failures.append("name: '\(name[0])' denotes \(people.count) people"); continue }
            if !people[0].names.values.contains(name[1]) {
                failures.append("name: '\(name[0])' is named \(people[0].names), expected \(name[1])")
            }
            let prefixes = people[0].properties["honorificPrefix"]?.map(\.string) ?? []
            if prefixes != [name[2]] {
                failures.append("name: '\(name[0])' has honorificPrefix \(prefixes), expected \(name[2])")
            }
        }
        return failures
    }
}
