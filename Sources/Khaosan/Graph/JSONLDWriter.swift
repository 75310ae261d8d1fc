import Foundation

/// Writes a `KnowledgeGraph` as one JSON-LD document (DESIGN §4): inline
/// context, one `@graph` array of node objects sorted by `@id` (entities,
/// articles, time instants, the dataset, and one `oa:Annotation` per mention
/// with an `oa:SpecificResource` target holding a `TextPositionSelector`
/// (code points) and a `TextQuoteSelector`). No blank nodes: every node,
/// including targets and selectors, has an IRI. Output bytes are stable.
///
/// Decision: `TextQuoteSelector` carries `exact` only, no `prefix`/`suffix`:
/// the graph is a function of the extractions, which do not keep the text,
/// and the position selector already disambiguates.
public struct JSONLDWriter: Sendable {
    /// Layout: one node per line (`true`, the default: compact and diff-friendly),
    /// or everything on one line.
    public var pretty: Bool

    public init(pretty: Bool = true) { self.pretty = pretty }

    /// The JSON-LD bytes of `graph`: the same bytes as writing `document(for:)`, built
    /// one node at a time so that no JSON tree of the whole graph is held in memory.
    public func data(for graph: KnowledgeGraph) -> Data {
        var data = Data()
        stream(graph) { data.append(contentsOf: $0) }
        return data
    }

    /// Writes `graph` to `path` atomically (a temporary file renamed into place),
    /// creating the parent directory; streams the bytes in chunks of about 1 MiB.
    public func write(_ graph: KnowledgeGraph, to path: String) throws {
        try AtomicFile.write(to: path) { handle in
            try stream(graph) { try handle.write(contentsOf: Data($0)) }
        }
    }

    /// Produces the bytes of `graph` in order, in chunks passed to `sink`.
    public func stream(_ graph: KnowledgeGraph, chunkSize: Int = 1 << 20, _ sink: ([UInt8]) throws -> Void) rethrows {
        let writer = JSONWriter(pretty: pretty, prettyDepth: 2)
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + (1 << 16))
        let newline: [UInt8] = pretty ? [0x0A] : []
        let indent1: [UInt8] = pretty ? [0x20, 0x20] : []
        let indent2: [UInt8] = pretty ? [0x20, 0x20, 0x20, 0x20] : []
        out.append(0x7B)
        out += newline + indent1 + Array(#""@context":"#.utf8) + (pretty ? [0x20] : [])
        writer.append(JSONLDVocabulary.context, indent: 1, to: &out)
        out += [0x2C] + newline + indent1 + Array(#""@graph":"#.utf8) + (pretty ? [0x20] : []) + [0x5B]
        let annotations = graph.annotations.sorted { $0.id < $1.id }
        var n = 0, a = 0, first = true
        while n < graph.nodes.count || a < annotations.count {
            let takeNode = a == annotations.count || (n < graph.nodes.count && graph.nodes[n].id < annotations[a].id)
            if !first { out.append(0x2C) }
            first = false
            out += newline + indent2
            if takeNode {
                writer.append(object(for: graph.nodes[n]), indent: 2, to: &out)
                n += 1
            } else {
                appendAnnotation(annotations[a], writer: writer, to: &out)
                a += 1
            }
            if out.count >= chunkSize {
                try sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !first { out += newline + indent1 }
        out += [0x5D] + newline + [0x7D] + newline
        try sink(out)
    }

    /// The JSON-LD document of `graph` as a JSON value (nodes and annotations sorted by `@id`).
    public func document(for graph: KnowledgeGraph) -> JSONValue {
        var items: [(String, JSONValue)] = graph.nodes.map { ($0.id, object(for: $0)) }
        items += graph.annotations.map { ($0.id, object(for: $0)) }
        items.sort { $0.0 < $1.0 }   // String order, as `data(for:)` merges them
        return .object(["@context": JSONLDVocabulary.context, "@graph": .array(items.map(\.1))])
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

    /// Appends the one-line JSON of `annotation` — the bytes `object(for:)` gives, keys
    /// in the same sorted order — without building a JSON tree (annotations dominate).
    private func appendAnnotation(_ annotation: GraphAnnotation, writer: JSONWriter, to out: inout [UInt8]) {
        func raw(_ text: String) { out.append(contentsOf: text.utf8) }
        func string(_ text: String) { writer.append(.string(text), indent: 3, to: &out) }
        raw(#"{"@id":"#); string(annotation.id)
        raw(#","@type":"oa:Annotation","khaosan:label":"#); string(annotation.label.rawValue)
        raw(#","oa:hasBody":{"@id":"#); string(annotation.body)
        raw(#"},"oa:hasTarget":{"@id":"#); string(annotation.id + ";target")
        raw(#","@type":"oa:SpecificResource","oa:hasSelector":[{"@id":"#); string(annotation.id + ";position")
        raw(#","@type":"oa:TextPositionSelector","oa:end":{"@type":"xsd:nonNegativeInteger","@value":"#)
        raw(String(annotation.end))
        raw(#"},"oa:start":{"@type":"xsd:nonNegativeInteger","@value":"#)
        raw(String(annotation.start))
        raw(#"}},{"@id":"#); string(annotation.id + ";quote")
        raw(#","@type":"oa:TextQuoteSelector","oa:exact":"#); string(annotation.exact)
        raw(#"}],"oa:hasSource":{"@id":"#); string(annotation.document)
        raw(#"}},"oa:motivatedBy":{"@id":"oa:identifying"}}"#)
    }

    private func integer(_ value: Int) -> JSONValue {
        .object(["@value": .integer(value), "@type": .string("xsd:nonNegativeInteger")])
    }
}
