import KhaosanCore

/// The mentions of a graph as its `oa:Annotation` nodes are written: one `Int32` entity
/// number per mention over the resolved documents, instead of one annotation object per
/// mention. `JSONLDWriter` streams the annotations from it in `@id` order.
struct AnnotationTable: Sendable {
    /// The documents in canonical order (sorted by id), mentions sorted by range.
    let documents: [DocumentExtraction]
    /// Global number of each document's first mention, plus the total at the end.
    let firstMention: [Int]
    /// Entity number of each mention (an index into `entityIDs`).
    let entityOfMention: [Int32]
    /// Entity IRIs by entity number.
    let entityIDs: [String]
    let iri: GraphIRI

    init(documents: [DocumentExtraction], firstMention: [Int], entityOfMention: [Int32], entityIDs: [String], iri: GraphIRI) {
        self.documents = documents
        self.firstMention = firstMention
        self.entityOfMention = entityOfMention
        self.entityIDs = entityIDs
        self.iri = iri
    }

    /// The table of annotations read from a graph file: one document per article id (sorted),
    /// its mentions by range, one entity number per distinct body IRI (sorted).
    init(_ annotations: [GraphAnnotation], iri: GraphIRI) {
        let entityIDs = Set(annotations.map(\.body)).sorted()
        let entityNumber = Dictionary(uniqueKeysWithValues: entityIDs.enumerated().map { ($1, Int32($0)) })
        let byDocument = Dictionary(grouping: annotations, by: \.documentID)
        var documents: [DocumentExtraction] = [], firstMention: [Int] = [], entityOfMention: [Int32] = []
        for id in byDocument.keys.sorted() {
            let members = byDocument[id]!.sorted { ($0.start, $0.end, $0.body) < ($1.start, $1.end, $1.body) }
            firstMention.append(entityOfMention.count)
            entityOfMention += members.map { entityNumber[$0.body]! }
            documents.append(DocumentExtraction(
                id: id, metadata: DocumentMetadata(), contentHash: "", sourceLength: 0,
                mentions: members.map { Mention(range: ScalarRange($0.start, $0.end), label: $0.label, text: $0.exact, source: "graph") }))
        }
        firstMention.append(entityOfMention.count)
        self.init(documents: documents, firstMention: firstMention, entityOfMention: entityOfMention,
                  entityIDs: entityIDs, iri: iri)
    }

    /// Number of annotations (mentions).
    var count: Int { entityOfMention.count }

    /// Document indices in the order of their IRIs (bytewise; the order of `@id`s).
    func documentsInIRIOrder() -> [(index: Int, iri: String)] {
        documents.indices.map { ($0, iri.document(documents[$0].id)) }
            .sorted { $0.iri.utf8.lexicographicallyPrecedes($1.iri.utf8) }
    }

    /// The mentions of document `index` as `(global number, "#char=start,end" suffix bytes)` in
    /// `@id` order: by suffix bytes, then entity order (the order of same-range duplicates).
    func mentionsInIDOrder(ofDocument index: Int) -> [(mention: Int, suffix: [UInt8])] {
        let first = firstMention[index]
        var items: [(mention: Int, suffix: [UInt8])] = documents[index].mentions.indices.map { local in
            let range = documents[index].mentions[local].range
            var suffix: [UInt8] = Array("#char=".utf8)
            Self.appendDecimal(range.start, to: &suffix)
            suffix.append(0x2C)
            Self.appendDecimal(range.end, to: &suffix)
            return (first + local, suffix)
        }
        items.sort { a, b in
            if a.suffix != b.suffix { return a.suffix.lexicographicallyPrecedes(b.suffix) }
            if entityOfMention[a.mention] != entityOfMention[b.mention] {
                return entityOfMention[a.mention] < entityOfMention[b.mention]
            }
            return a.mention < b.mention
        }
        return items
    }

    /// Every annotation as a value (`KnowledgeGraph.annotations`), entity by entity (the order in
    /// which two annotations with one `@id` are written).
    func annotations() -> [GraphAnnotation] {
        var documentOf = [Int](repeating: 0, count: count)
        for index in documents.indices { documentOf.replaceSubrange(firstMention[index]..<firstMention[index + 1],
                                                                    with: repeatElement(index, count: firstMention[index + 1] - firstMention[index])) }
        let order = (0..<count).filter { entityOfMention[$0] >= 0 }
            .sorted { (entityOfMention[$0], $0) < (entityOfMention[$1], $1) }
        return order.map { number in
            let document = documents[documentOf[number]]
            let mention = document.mentions[number - firstMention[documentOf[number]]]
            return GraphAnnotation(
                id: iri.mention(document: document.id, start: mention.range.start, end: mention.range.end),
                document: iri.document(document.id), documentID: document.id, body: entityIDs[Int(entityOfMention[number])],
                label: mention.label, start: mention.range.start, end: mention.range.end, exact: mention.text)
        }
    }

    /// Appends the decimal digits of a non-negative `value`.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out.append(contentsOf: String(value).utf8)
            return
        }
        if value < 10 { out.append(UInt8(48 + value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(48 + rest % 10)
                rest /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }
}
