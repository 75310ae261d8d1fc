/// Turns resolved entities and the documents' relations into graph nodes.
struct GraphBuilder {
    let iri: GraphIRI
    let known: [KnownEntity]
    let version: String
    let transliterator = Transliterator.thaiToLatin

    func build(_ input: [DocumentExtraction]) -> KnowledgeGraph {
        let documents = EntityResolver.canonicalOrder(input)
        let resolved = EntityResolver(known: known).resolve(documents)
        var ids = assignIDs(resolved)
        var nodes: [String: GraphNode] = [:]
        var entityOfMention: [MentionAddress: String] = [:]
        var entityOfKey: [String: String] = [:]
        var annotations: [GraphAnnotation] = []
        for (entity, id) in zip(resolved, ids) {
            let (names, alternates) = EntityNaming.names(of: entity, transliterator: transliterator)
            var node = GraphNode(id: id, label: entity.label,
                                 types: EntityTyping.types(label: entity.label, names: entity.members.map(\.mention.text)
                                     + [entity.known?.name].compactMap { $0 }, known: entity.known),
                                 names: names, alternateNames: alternates)
            let attributeOf = { (key: String) in entity.members.compactMap { $0.mention.attributes[key] } }
            for wikidata in Set([entity.known?.wikidata].compactMap { $0 } + attributeOf(MentionAttribute.wikidata)) {
                node.add("sameAs", .reference("http://www.wikidata.org/entity/" + wikidata))
            }
            if node.names["en"] == nil, entity.label != .person,
               let english = Self.mostFrequent(Dictionary(attributeOf(MentionAttribute.english).map { ($0, 1) }, uniquingKeysWith: +)) {
                node.names["en"] = english
                node.alternateNames["en"]?.removeAll { $0 == english }
                if node.alternateNames["en"]?.isEmpty == true { node.alternateNames["en"] = nil }
            }
            if EntityTyping.accepted(entity.known?.schemaType, label: entity.label) == nil,
               let type = Self.mostFrequent(Dictionary(attributeOf(MentionAttribute.schemaType)
                   .compactMap { EntityTyping.accepted($0, label: entity.label) }.map { ($0, 1) }, uniquingKeysWith: +)) {
                node.types = [type]
            }
            if entity.label == .person { addPersonParts(&node, entity) }
            let knownKeys = (entity.known?.allNames ?? []).map { NameKey.key(for: entity.label, text: $0) }
            for key in entity.keys + knownKeys + [entity.idKey] where !key.isEmpty {
                entityOfKey[entity.label.rawValue + "|" + key] = id
            }
            for member in entity.members {
                entityOfMention[MentionAddress(member.documentID, member.mention.range)] = id
                let documentIRI = iri.document(member.documentID)
                annotations.append(GraphAnnotation(
                    id: iri.mention(document: member.documentID, start: member.mention.range.start, end: member.mention.range.end),
                    document: documentIRI, documentID: member.documentID, body: id, label: entity.label,
                    start: member.mention.range.start, end: member.mention.range.end, exact: member.mention.text))
            }
            nodes[id] = node
        }
        ids.removeAll()
        DateNodes.addTemporalStructure(to: &nodes, resolved: resolved, iri: iri)
        RelationLinker(nodes: nodes, entityOfMention: entityOfMention, entityOfKey: entityOfKey)
            .link(documents: documents, resolved: resolved, known: known)
            .forEach { nodes[$0.id] = $0 }
        for document in documents {
            nodes[iri.document(document.id)] = articleNode(document, entityOfMention: entityOfMention)
        }
        var dataset = GraphNode(id: iri.dataset, types: ["Dataset"], names: ["en": "khaosan knowledge graph"])
        dataset.add("version", .text(version))
        nodes[dataset.id] = dataset
        return KnowledgeGraph(base: iri.base, version: version, nodes: Array(nodes.values), annotations: annotations)
    }

    /// Entity IRIs, one per resolved entity (a clash of hashes, never seen, gets a longer hash).
    private func assignIDs(_ resolved: [ResolvedEntity]) -> [String] {
        var ids = resolved.map { iri.entity(label: $0.label, key: $0.idKey, transliterator: transliterator) }
        var seen: [String: Int] = [:]
        for id in ids { seen[id, default: 0] += 1 }
        for index in ids.indices where seen[ids[index]]! > 1 {
            ids[index] += "-" + GraphIRI.hash(resolved[index].keys.joined(separator: "|"))
        }
        return ids
    }

    private func addPersonParts(_ node: inout GraphNode, _ entity: ResolvedEntity) {
        var titles: [String: Int] = [:], given: [String: Int] = [:], family: [String: Int] = [:]
        for member in entity.members {
            let parts = member.mention.person?.given != nil ? member.mention.person! : PersonTitles.parts(of: member.mention.text)
            if !parts.titles.isEmpty { titles[parts.titles.joined(separator: " "), default: 0] += 1 }
            if let g = parts.given { given[g, default: 0] += 1 }
            if let f = parts.family { family[f, default: 0] += 1 }
            if let role = parts.role { node.add("jobTitle", .text(role)) }
        }
        if let t = Self.mostFrequent(titles) { node.add("honorificPrefix", .text(t)) }
        if let g = Self.mostFrequent(given) { node.add("givenName", .text(g)) }
        if let f = Self.mostFrequent(family) { node.add("familyName", .text(f)) }
    }

    /// The most frequent key; ties by longer, then code-point order.
    static func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.keys.min { a, b in
            if counts[a]! != counts[b]! { return counts[a]! > counts[b]! }
            if a.unicodeScalars.count != b.unicodeScalars.count { return a.unicodeScalars.count > b.unicodeScalars.count }
            return a < b
        }
    }

    private func articleNode(_ document: DocumentExtraction, entityOfMention: [MentionAddress: String]) -> GraphNode {
        var node = GraphNode(id: iri.document(document.id), types: ["NewsArticle"])
        node.add("identifier", .text(document.id))
        if let title = document.metadata.title { node.add("headline", .text(title)) }
        if let url = document.metadata.url { node.add("url", .text(url)) }
        if let date = document.metadata.datePublished {
            node.add("datePublished", GraphValue.isoDate(date) ?? .text(date))
        }
        for mention in document.mentions {
            if let entity = entityOfMention[MentionAddress(document.id, mention.range)] { node.add("mentions", .reference(entity)) }
        }
        return node
    }
}

/// A mention's address: document id and source range.
struct MentionAddress: Hashable {
    let document: String
    let range: ScalarRange
    init(_ document: String, _ range: ScalarRange) {
        self.document = document
        self.range = range
    }
}
