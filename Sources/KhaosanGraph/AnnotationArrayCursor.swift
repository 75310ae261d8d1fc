/// The annotations of a `KnowledgeGraph`, sorted by `@id` (String order).
struct AnnotationArrayCursor: AnnotationCursor {
    let annotations: [GraphAnnotation]
    private var position = 0

    init(_ annotations: [GraphAnnotation]) {
        self.annotations = annotations.sorted { $0.id < $1.id }
    }

    var isAtEnd: Bool { position == annotations.count }

    func nodeComesFirst(_ nodeID: String) -> Bool { nodeID < annotations[position].id }

    mutating func writeNext(to out: inout [UInt8]) {
        let annotation = annotations[position]
        let id = Array(annotation.id.utf8)
        id.withUnsafeBufferPointer { id in
            AnnotationBytes.append(id: id, body: annotation.body, label: annotation.label,
                                   start: annotation.start, end: annotation.end, exact: annotation.exact,
                                   document: annotation.document, to: &out)
        }
        position += 1
    }
}
