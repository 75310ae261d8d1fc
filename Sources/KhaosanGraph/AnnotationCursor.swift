import KhaosanCore

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
    /// Whether no annotation of the current document has been written yet.
    private(set) var isAtDocumentStart = true

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
        isAtDocumentStart = false
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
            isAtDocumentStart = true
        }
    }

    /// The IRI of the article whose annotations come next (nil at the end).
    var documentIRI: String? { isAtEnd ? nil : documentOrder[documentPosition].iri }

    /// Position of the current article among those written (changes when its last annotation is written).
    var documentNumber: Int { documentPosition }

    /// The `@id` bytes of the current article's last annotation.
    func lastIDOfDocument() -> [UInt8] {
        let last = mentions.last { table.entityOfMention[$0.mention] >= 0 }!
        return Array(documentOrder[documentPosition].iri.utf8) + last.suffix
    }

    /// The fingerprint (`GraphBlockIndex`) of the current article's block, at its start: FNV-1a
    /// over `articleNode` (its node's bytes) and each annotation's suffix, entity IRI, label
    /// and quote, each ended by a byte UTF-8 never contains.
    func fingerprintOfDocument(articleNode: [UInt8]) -> UInt64 {
        var h = FNV1a.offsetBasis
        for byte in articleNode { h = FNV1a.add(h, byte: byte) }
        for (number, suffix) in mentions[mentionPosition...] {
            let entity = table.entityOfMention[number]
            guard entity >= 0 else { continue }
            let document = table.documents[documentOrder[documentPosition].index]
            let mention = document.mentions[number - table.firstMention[documentOrder[documentPosition].index]]
            for byte in suffix { h = FNV1a.add(h, byte: byte) }
            h = FNV1a.add(h, byte: 0xFF)
            for byte in table.entityIDs[Int(entity)].utf8 { h = FNV1a.add(h, byte: byte) }
            h = FNV1a.add(h, byte: 0xFF)
            for byte in mention.label.rawValue.utf8 { h = FNV1a.add(h, byte: byte) }
            h = FNV1a.add(h, byte: 0xFF)
            for byte in mention.text.utf8 { h = FNV1a.add(h, byte: byte) }
            h = FNV1a.add(h, byte: 0xFE)
        }
        return h
    }

    /// Moves past the current article's annotations without writing them.
    mutating func skipDocument() {
        mentionPosition = mentions.count
        advance()
    }
}
