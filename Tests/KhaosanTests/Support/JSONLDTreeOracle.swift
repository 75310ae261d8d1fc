@testable import KhaosanGraph

/// The test oracle of `JSONLDWriter`: the graph as one JSON value tree, built node by node
/// from the JSON-LD mapping written out plainly (dictionaries, sorted by `JSONWriter`). The
/// writer's byte paths (`GraphNodeBytes`, `AnnotationBytes`) must give the bytes this gives.
extension JSONLDWriter {
    /// The JSON-LD document of `graph` as a JSON value (nodes and annotations sorted by `@id`).
    func document(for graph: KnowledgeGraph) -> JSONValue {
        var items: [(String, JSONValue)] = graph.nodes.map { ($0.id, object(for: $0)) }
        items += graph.annotations.map { ($0.id, object(for: $0)) }
        items.sort { $0.0 < $1.0 }   // String order, as `data(for:)` merges them
        return .object(["@context": JSONLDVocabulary.context(base: graph.base), "@graph": .array(items.map(\.1))])
    }

    func object(for node: GraphNode) -> JSONValue {
        var members: [String: JSONValue] = ["@id": .string(node.id)]
        members["@type"] = node.types.count == 1 ? .string(node.types[0]) : .array(node.types.map(JSONValue.string))
        if !node.names.isEmpty { members["name"] = .object(node.names.mapValues(JSONValue.string)) }
        if !node.alternateNames.isEmpty {
            members["alternateName"] = .object(node.alternateNames.mapValues { names in
                names.count == 1 ? .string(names[0]) : .array(names.map(JSONValue.string))
            })
        }
        for (property, values) in node.properties where !values.isEmpty {
            members[property] = values.count == 1 ? json(values[0]) : .array(values.map(json))
        }
        return .object(members)
    }

    func json(_ value: GraphValue) -> JSONValue {
        switch value {
        case .text(let s): return .string(s)
        case .reference(let iri): return .object(["@id": .string(iri)])
        case .typed(let v, let datatype): return .object(["@value": .string(v), "@type": .string(datatype)])
        }
    }

    func object(for annotation: GraphAnnotation) -> JSONValue {
        let position: JSONValue = .object([
            "@id": .string(annotation.id + ";position"),
            "@type": .string("oa:TextPositionSelector"),
            "oa:start": integer(annotation.start),
            "oa:end": integer(annotation.end),
        ])
        let quote: JSONValue = .object([
            "@id": .string(annotation.id + ";quote"),
            "@type": .string("oa:TextQuoteSelector"),
            "oa:exact": .string(annotation.exact),
        ])
        let target: JSONValue = .object([
            "@id": .string(annotation.id + ";target"),
            "@type": .string("oa:SpecificResource"),
            "oa:hasSource": .object(["@id": .string(annotation.document)]),
            "oa:hasSelector": .array([position, quote]),
        ])
        return .object([
            "@id": .string(annotation.id),
            "@type": .string("oa:Annotation"),
            "oa:motivatedBy": .object(["@id": .string("oa:identifying")]),
            "oa:hasBody": .object(["@id": .string(annotation.body)]),
            "oa:hasTarget": target,
            "khaosan:label": .string(annotation.label.rawValue),
        ])
    }

    private func integer(_ value: Int) -> JSONValue {
        .object(["@value": .integer(value), "@type": .string("xsd:nonNegativeInteger")])
    }

    /// The bytes of `document(for:)` written with this writer's layout.
    func oracleData(for graph: KnowledgeGraph) -> [UInt8] {
        JSONWriter(pretty: pretty, prettyDepth: 2).bytes(document(for: graph))
    }
}
