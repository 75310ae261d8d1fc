/// The annotations of a `KnowledgeGraph`, made from its `AnnotationTable` document by
/// document in `@id` order (document IRIs bytewise, then `#char=` suffixes bytewise), one at
/// a time, for `JSONLDWriter` to merge with the sorted nodes.
struct AnnotationCursor {
    let table: AnnotationTable
    private let documentOrder: [(index: Int, iri: String)]
    private var documentPosition = -1
    private var mentions: [(mention: Int, suffix: [UInt8])] = []
    private var mentionPosition = 0
    /// The next annotation's `@id` bytes.
    private var nextID: [UInt8] = []

    init(_ table: AnnotationTable) {
        self.table = table
        documentOrder = table.documentsInIRIOrder()
        advance()
    }

    /// Whether every annotation has been written.
    var isAtEnd: Bool { documentPosition >= documentOrder.count }

    /// Whether the node with IRI `nodeID` is written before the next annotation.
    func nodeComesFirst(_ nodeID: String) -> Bool {
        nodeID.utf8.lexicographicallyPrecedes(nextID)
    }

    /// Appends the next annotation's one-line JSON to `out` and moves past it.
    mutating func writeNext(to out: inout [UInt8]) {
        let document = table.documents[documentOrder[documentPosition].index]
        let mentionNumber = mentions[mentionPosition].mention
        let local = mentionNumber - table.firstMention[documentOrder[documentPosition].index]
        let mention = document.mentions[local]
        nextID.withUnsafeBufferPointer { id in
            AnnotationBytes.append(id: id, body: table.entityIDs[Int(table.entityOfMention[mentionNumber])],
                                   label: mention.label, start: mention.range.start, end: mention.range.end,
                                   exact: mention.text, document: documentOrder[documentPosition].iri, to: &out)
        }
        mentionPosition += 1
        advance()
    }

    /// Moves to the next annotation that has an entity (every mention has one), across documents.
    private mutating func advance() {
        while true {
            while mentionPosition < mentions.count {
                let number = mentions[mentionPosition].mention
                if table.entityOfMention[number] >= 0 {
                    nextID = Array(documentOrder[documentPosition].iri.utf8) + mentions[mentionPosition].suffix
                    return
                }
                mentionPosition += 1
            }
            documentPosition += 1
            guard documentPosition < documentOrder.count else { return }
            mentions = table.mentionsInIDOrder(ofDocument: documentOrder[documentPosition].index)
            mentionPosition = 0
        }
    }
}
