import Foundation
import KhaosanIO

/// Writes a `KnowledgeGraph` as one JSON-LD document: inline
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
        var cursor = AnnotationArrayCursor(graph.annotations)
        try stream(nodes: graph.nodes, annotations: &cursor, chunkSize: chunkSize, sink)
    }

    /// Writes the sorted `nodes` merged by `@id` with the annotations of `cursor`.
    func stream(nodes: [GraphNode], annotations cursor: inout some AnnotationCursor, chunkSize: Int,
                _ sink: ([UInt8]) throws -> Void) rethrows {
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
        var n = 0, first = true
        while n < nodes.count || !cursor.isAtEnd {
            let takeNode = cursor.isAtEnd || (n < nodes.count && cursor.nodeComesFirst(nodes[n].id))
            if !first { out.append(0x2C) }
            first = false
            out += newline
            out += indent2
            if takeNode {
                if !GraphNodeBytes.append(nodes[n], to: &out) {
                    writer.append(object(for: nodes[n]), indent: 2, to: &out)
                }
                n += 1
            } else {
                cursor.writeNext(to: &out)
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

    private func integer(_ value: Int) -> JSONValue {
        .object(["@value": .integer(value), "@type": .string("xsd:nonNegativeInteger")])
    }
}
