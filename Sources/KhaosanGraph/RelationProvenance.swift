import KhaosanCore

/// Who asserted each relation of the graph: one `rdf:Statement` node per distinct
/// (subject, predicate, object, article) — or (subject, predicate, object, rule) for a
/// relation no article states (a place read inside an organisation's name, a lexicon's `in`).
///
/// A statement node has `rdf:subject`, `rdf:predicate` (the full schema.org IRI),
/// `rdf:object`, `khaosan:rule` (the rules that found it, sorted) and, when an article
/// stated it, `prov:wasDerivedFrom` the article. IRIs: `<article>#fact-<hash>` or
/// `<base>fact/<hash>`, the hash over subject, predicate, object (and rule), so they are
/// stable across runs. Only statements of relations the graph keeps are written.
struct RelationProvenance {
    /// One asserted relation.
    struct Assertion: Hashable {
        var subject: String
        var predicate: String
        var object: GraphValue
        /// The article's IRI, nil for a relation derived without one.
        var article: String?
    }

    private(set) var rules: [Assertion: Set<String>] = [:]

    /// Records that `rule` found `subject predicate object`, in `article` (IRI) when one states it.
    mutating func record(_ subject: String, _ predicate: String, _ object: GraphValue, article: String?, rule: String) {
        rules[Assertion(subject: subject, predicate: predicate, object: object, article: article), default: []].insert(rule)
    }

    /// The statement nodes of the assertions whose relation `nodes` still holds.
    func statements(nodes: [String: GraphNode], iri: GraphIRI) -> [GraphNode] {
        var result: [GraphNode] = []
        result.reserveCapacity(rules.count)
        for (assertion, rules) in rules {
            guard nodes[assertion.subject]?.properties[assertion.predicate]?.contains(assertion.object) == true else { continue }
            let key = [assertion.subject, assertion.predicate, Self.key(of: assertion.object)]
            let id: String
            if let article = assertion.article {
                id = article + "#fact-" + GraphIRI.hash(key.joined(separator: "|"))
            } else {
                id = iri.base + "fact/" + GraphIRI.hash((key + rules.sorted()).joined(separator: "|"))
            }
            var node = GraphNode(id: id, types: ["rdf:Statement"])
            node.add("rdf:subject", .reference(assertion.subject))
            node.add("rdf:predicate", .reference(Self.predicateIRI(assertion.predicate)))
            node.add("rdf:object", assertion.object)
            for rule in rules { node.add("khaosan:rule", .text(rule)) }
            if let article = assertion.article { node.add("prov:wasDerivedFrom", .reference(article)) }
            result.append(node)
        }
        return result
    }

    /// A value as one string for hashing (kind, value, datatype).
    static func key(of value: GraphValue) -> String {
        switch value {
        case .text(let s): return "t:" + s
        case .reference(let s): return "r:" + s
        case .typed(let s, let datatype): return "d:" + s + "^" + datatype
        }
    }

    /// The full IRI of a compact property name: schema.org for a bare name, the prefix otherwise.
    static func predicateIRI(_ compact: String) -> String {
        guard let colon = compact.firstIndex(of: ":") else { return JSONLDVocabulary.schema + compact }
        let prefix = String(compact[..<colon]), local = compact[compact.index(after: colon)...]
        return (JSONLDVocabulary.prefixes[prefix] ?? prefix + ":") + local
    }
}
