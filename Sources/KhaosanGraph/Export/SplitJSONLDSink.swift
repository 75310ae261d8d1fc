/// Splits a graph into two JSON-LD files with the same `@context`: the entity graph (every node
/// but the `oa:Annotation`s: entities, articles, statements, roles, dates — small enough for
/// JSON-LD tools) and the annotations (one per mention). Node lines are copied as written, so
/// loading both gives the same triples as the whole graph.
final class SplitJSONLDSink: GraphExportSink {
    private let entities: ExportFile
    private let annotations: ExportFile
    private var counts = ["entity graph nodes": 0, "annotations": 0]
    private static let annotationType = Array(#""@type":"oa:Annotation""#.utf8)

    init(entities: ExportFile, annotations: ExportFile) {
        self.entities = entities
        self.annotations = annotations
    }

    func begin(context: JSONLDContextMap) throws {
        var header: [UInt8] = Array("{\n  \"@context\": ".utf8)
        JSONWriter(pretty: true, prettyDepth: 2).append(context.json, indent: 1, to: &header)
        header += Array(",\n  \"@graph\": [".utf8)
        try entities.append { $0 += header }
        try annotations.append { $0 += header }
    }

    func node(_ json: GraphJSON, bytes: UnsafeBufferPointer<UInt8>) throws {
        let isAnnotation = json["@type"]?.strings == ["oa:Annotation"]
        let key = isAnnotation ? "annotations" : "entity graph nodes"
        let file = isAnnotation ? annotations : entities
        let first = counts[key] == 0
        counts[key]! += 1
        try file.append { out in
            out += Array((first ? "\n    " : ",\n    ").utf8)
            out.append(contentsOf: bytes)
        }
    }

    func finish() throws -> [String: Int] {
        for (file, key) in [(entities, "entity graph nodes"), (annotations, "annotations")] {
            try file.append { $0 += Array((counts[key] == 0 ? "]\n}\n" : "\n  ]\n}\n").utf8) }
            try file.commit()
        }
        return counts
    }
}
