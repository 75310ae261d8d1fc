import KhaosanCore
import KhaosanText
import KhaosanExtract
import KhaosanResolve

/// Turns resolved entities and the documents' relations into graph nodes.
struct GraphBuilder {
    let iri: GraphIRI
    let known: [KnownEntity]
    /// Acronyms never to merge on alone (the lexicon's `AmbiguousAcronyms`, sorted).
    let ambiguousAcronyms: [String]
    let version: String
    /// The RTGS romaniser of `th-Latn` names and IRI slugs (nil: no resources; names stay Thai-only).
    let romanizer = RTGSRomanizer.shared

    /// The graph of `input` with its annotations left in the extractions (see `KnowledgeGraph`).
    func build(_ input: [DocumentExtraction]) -> KnowledgeGraph {
        let names = NameCache()
        let resolution = StageProfile.measure("resolution") {
            EntityResolver(known: known, ambiguousAcronyms: ambiguousAcronyms).resolution(input, names: names)
        }
        StageProfile.markMemory("after resolution")
        defer { StageProfile.markMemory("after graph build") }
        return StageProfile.measure("graph build") { graph(of: resolution, names: names) }
    }

    /// The graph of a resolution (entity, date, relation, article and dataset nodes; the annotation table).
    private func graph(of resolution: EntityResolution, names: NameCache) -> KnowledgeGraph {
        let ids = assignIDs(resolution.entities)
        let factory = EntityNodeFactory(romanizer: romanizer, names: names)
        var nodes: [String: GraphNode] = [:]
        nodes.reserveCapacity(resolution.entities.count + resolution.documents.count + 1)
        var entityOfKey = EntityKeyIndex()
        for (entity, id) in zip(resolution.entities, ids) {
            nodes[id] = factory.node(id: id, label: entity.label, known: entity.known,
                                     mentions: entity.members.map(resolution.mention), keys: entity.keys)
            let knownKeys = (entity.known?.allNames ?? []).map { names.key(for: entity.label, text: $0) }
            for key in entity.keys + knownKeys + [entity.idKey] where !key.isEmpty {
                entityOfKey[entity.label, key] = id
            }
        }
        DateNodes.addTemporalStructure(to: &nodes, resolution: resolution, iri: iri)
        let mentions = MentionLookup(resolution: resolution, ids: ids)
        let linked = RelationLinker(nodes: nodes, mentions: mentions, entityOfKey: entityOfKey, names: names, iri: iri)
            .link(resolution: resolution, known: known)
        linked.nodes.forEach { nodes[$0.id] = $0 }
        let holds = { (assertion: RelationProvenance.Assertion) in
            nodes[assertion.subject]?.properties[assertion.predicate]?.contains(assertion.object) == true
        }
        for statement in linked.provenance.statements(iri: iri, holds: holds) { nodes[statement.id] = statement }
        for (person, role) in OrganizationRoles(mentions: mentions, iri: iri).roles(of: resolution)
        where nodes[person]?.properties["worksFor"]?.contains(role.properties["worksFor"]![0]) == true {
            nodes[person]?.add("worksFor", .reference(role.id))
            nodes[role.id] = role
        }
        entityOfKey = EntityKeyIndex()
        var dataset = GraphNode(id: iri.dataset, types: ["Dataset"], names: ["en": "khaosan knowledge graph"])
        dataset.add("version", .text(version))
        nodes[dataset.id] = dataset
        let table = AnnotationTable(documents: resolution.documents, firstMention: resolution.firstMention,
                                    entityOfMention: resolution.entityOfMention, entityIDs: ids, iri: iri)
        // Article and statement nodes are made per article when written (ArticleNodes).
        let articles = ArticleNodes(lookup: MentionLookup(table), provenance: linked.provenance, iri: iri)
        var stored: [GraphNode] = []
        stored.reserveCapacity(nodes.count)
        stored.append(contentsOf: nodes.values)
        nodes = [:]
        return KnowledgeGraph(base: iri.base, version: version, nodes: stored, annotations: table, articles: articles)
    }

    /// Entity IRIs, one per resolved entity (a clash of hashes, never seen, gets a longer hash).
    private func assignIDs(_ entities: [EntityResolution.Entity]) -> [String] {
        var ids = entities.map { iri.entity(label: $0.label, key: $0.idKey, romanizer: romanizer) }
        var seen: [String: Int] = [:]
        for id in ids { seen[id, default: 0] += 1 }
        for index in ids.indices where seen[ids[index]]! > 1 {
            ids[index] += "-" + GraphIRI.hash(entities[index].keys.joined(separator: "|"))
        }
        return ids
    }

    /// The most frequent key; ties by longer, then code-point order.
    static func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.keys.min { a, b in
            if counts[a]! != counts[b]! { return counts[a]! > counts[b]! }
            if a.unicodeScalars.count != b.unicodeScalars.count { return a.unicodeScalars.count > b.unicodeScalars.count }
            return a < b
        }
    }
}
