import KhaosanCore
import KhaosanText
import KhaosanResolve

/// Makes the node of one resolved entity: names, types, `sameAs`, an English name or
/// schema.org type a lexicon gave its mentions, and a person's name parts.
struct EntityNodeFactory {
    let romanizer: RTGSRomanizer?
    let names: NameCache

    /// The node with IRI `id` of the entity with `label`, lexicon entry `known`, member `mentions`
    /// and matching `keys` (names written beside a mention count only when they are the entity's).
    func node(id: String, label: MentionLabel, known: KnownEntity?, mentions: [Mention], keys: [String]) -> GraphNode {
        let (names, alternates) = EntityNaming.names(label: label, known: known, mentions: mentions, keys: keys,
                                                      romanizer: romanizer, names: self.names)
        // Typing tests each name's prefixes (grapheme by grapheme): each distinct spelling once.
        var seen = Set<ExactString>()
        let distinctTexts = (mentions.map(\.text) + [known?.name].compactMap { $0 })
            .filter { seen.insert(ExactString($0)).inserted }
        var node = GraphNode(id: id, label: label,
                             types: EntityTyping.types(label: label, names: distinctTexts, known: known),
                             names: names, alternateNames: alternates)
        let attributeOf = { (key: MentionAttribute) in mentions.compactMap { $0.attributes[key] } }
        for wikidata in Set([known?.wikidata].compactMap { $0 } + attributeOf(MentionAttribute.wikidata)) {
            node.add("sameAs", .reference("http://www.wikidata.org/entity/" + wikidata))
        }
        if node.names["en"] == nil, label != .person,
           let english = GraphBuilder.mostFrequent(Dictionary(attributeOf(MentionAttribute.english).map { ($0, 1) },
                                                              uniquingKeysWith: +)) {
            node.names["en"] = english
            node.alternateNames["en"]?.removeAll { $0 == english }
            if node.alternateNames["en"]?.isEmpty == true { node.alternateNames["en"] = nil }
        }
        if EntityTyping.accepted(known?.schemaType, label: label) == nil,
           let type = GraphBuilder.mostFrequent(Dictionary(attributeOf(MentionAttribute.schemaType)
               .compactMap { EntityTyping.accepted($0, label: label) }.map { ($0, 1) }, uniquingKeysWith: +)) {
            node.types = [type]
        }
        if label == .person { addPersonParts(&node, mentions) }
        return node
    }

    /// Title, given and family name most often written; a person written in Thai keeps Thai parts
    /// (the English "Paetongtarn Shinawatra" of an English article names the same node).
    private func addPersonParts(_ node: inout GraphNode, _ mentions: [Mention]) {
        var titles: [String: Int] = [:], given: [String: Int] = [:], family: [String: Int] = [:]
        let isThai = { (text: String) in text.unicodeScalars.contains { (0x0E01...0x0E5B).contains($0.value) } }
        let hasThai = mentions.contains { isThai($0.text) }
        for mention in mentions where !hasThai || isThai(mention.text) {
            let parts = names.personParts(of: mention)
            if !parts.titles.isEmpty { titles[parts.titles.joined(separator: " "), default: 0] += 1 }
            if let g = parts.given { given[g, default: 0] += 1 }
            if let f = parts.family { family[f, default: 0] += 1 }
        }
        if let t = GraphBuilder.mostFrequent(titles) { node.add("honorificPrefix", .text(t)) }
        if let g = GraphBuilder.mostFrequent(given) { node.add("givenName", .text(g)) }
        if let f = GraphBuilder.mostFrequent(family) { node.add("familyName", .text(f)) }
    }
}
