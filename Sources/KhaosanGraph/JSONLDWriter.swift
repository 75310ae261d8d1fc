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

    /// The JSON-LD bytes of `graph`, built one node at a time so that no JSON tree of the
    /// whole graph is held in memory (the test oracle `document(for:)` gives the same bytes).
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

    /// Produces the bytes of `graph` in order, in chunks passed to `sink`: the sorted nodes
    /// merged by `@id` with the annotations, each written from the extractions as it comes.
    public func stream(_ graph: KnowledgeGraph, chunkSize: Int = 1 << 20, _ sink: ([UInt8]) throws -> Void) rethrows {
        let nodes = graph.nodes
        var cursor = AnnotationCursor(graph.annotationTable)
        let writer = JSONWriter(pretty: pretty, prettyDepth: 2)
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + (1 << 16))
        let newline: [UInt8] = pretty ? [0x0A] : []
        let indent1: [UInt8] = pretty ? [0x20, 0x20] : []
        let indent2: [UInt8] = pretty ? [0x20, 0x20, 0x20, 0x20] : []
        out.append(0x7B)
        out += newline + indent1 + Array(#""@context":"#.utf8) + (pretty ? [0x20] : [])
        writer.append(JSONLDVocabulary.context(base: graph.base), indent: 1, to: &out)
        out += [0x2C] + newline + indent1 + Array(#""@graph":"#.utf8) + (pretty ? [0x20] : []) + [0x5B]
        var n = 0, first = true
        while n < nodes.count || !cursor.isAtEnd {
            let takeNode = cursor.isAtEnd || (n < nodes.count && cursor.nodeComesFirst(nodes[n].id))
            if !first { out.append(0x2C) }
            first = false
            out += newline
            out += indent2
            if takeNode {
                GraphNodeBytes.append(nodes[n], to: &out)
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
}
