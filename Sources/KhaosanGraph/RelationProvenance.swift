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
struct RelationProvenance: Sendable {
    /// One asserted relation.
    struct Assertion: Hashable {
        var subject: String
        var predicate: String
        var object: GraphValue
        /// The article's IRI, nil for a relation derived without one.
        var article: String?
    }

    /// One rule's finding in one article, kept per document until its statements are written
    /// (`ArticleNodes`): an article's statements are made when the article is written, not held
    /// as nodes for the whole graph.
    struct Finding: Sendable {
        var subject: String
        var predicate: String
        var object: GraphValue
        var rule: String
    }

    /// Assertions no article states, with their rules.
    private(set) var rules: [Assertion: Set<String>] = [:]
    /// The findings of each document (by its index in the resolution's documents).
    private(set) var findings: [[Finding]]

    /// Provenance for `documents` documents.
    init(documents: Int) {
        findings = Array(repeating: [], count: documents)
    }

    /// Records that `rule` found `subject predicate object`, in document number `document`
    /// when one states it.
    mutating func record(_ subject: String, _ predicate: String, _ object: GraphValue, document: Int?, rule: String) {
        if let document {
            findings[document].append(Finding(subject: subject, predicate: predicate, object: object, rule: rule))
        } else {
            rules[Assertion(subject: subject, predicate: predicate, object: object, article: nil), default: []].insert(rule)
        }
    }

    /// The statement nodes of the assertions no article states whose relation `holds` (the
    /// subject node has the predicate with that value).
    func statements(iri: GraphIRI, holds: (Assertion) -> Bool) -> [GraphNode] {
        rules.compactMap { holds($0.key) ? Self.statement($0.key, rules: $0.value, iri: iri) : nil }
    }

    /// The statement nodes of the relations document number `document` (IRI `article`) states
    /// whose relation `holds`, sorted by `id`.
    func statements(ofDocument document: Int, article: String, iri: GraphIRI, holds: (Assertion) -> Bool) -> [GraphNode] {
        var grouped: [Assertion: Set<String>] = [:]
        for finding in findings[document] {
            let assertion = Assertion(subject: finding.subject, predicate: finding.predicate, object: finding.object, article: article)
            grouped[assertion, default: []].insert(finding.rule)
        }
        return grouped.compactMap { holds($0.key) ? Self.statement($0.key, rules: $0.value, iri: iri) : nil }
            .sorted { $0.id < $1.id }
    }

    /// The `rdf:Statement` node of `assertion` found by `rules`.
    private static func statement(_ assertion: Assertion, rules: Set<String>, iri: GraphIRI) -> GraphNode {
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
        return node
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
