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
    /// (`GraphNodeStream`: an article's nodes made when reached) merged by `@id` with the
    /// annotations, each written from the extractions as it comes.
    public func stream(_ graph: KnowledgeGraph, chunkSize: Int = 1 << 20, _ sink: ([UInt8]) throws -> Void) rethrows {
        try stream(graph, reusing: nil, chunkSize: chunkSize, sink)
    }

    /// `stream(_:chunkSize:_:)`, copying from `reuse`'s previous graph the articles (article
    /// node and annotations) whose bytes it already holds, and recording in `reuse` where each
    /// article is in the new bytes. The bytes are the same with or without `reuse`.
    package func stream(_ graph: KnowledgeGraph, reusing reuse: GraphBlockReuse?, chunkSize: Int = 1 << 20,
                        _ sink: ([UInt8]) throws -> Void) rethrows {
        var nodes = GraphNodeStream(graph)
        var cursor = AnnotationCursor(graph.annotationTable)
        let writer = JSONWriter(pretty: pretty, prettyDepth: 2)
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + (1 << 16))
        var flushed = 0   // bytes passed to `sink` so far
        let newline: [UInt8] = pretty ? [0x0A] : []
        let indent1: [UInt8] = pretty ? [0x20, 0x20] : []
        let separator: [UInt8] = [0x2C] + newline + (pretty ? [0x20, 0x20, 0x20, 0x20] : [])
        out.append(0x7B)
        out += newline + indent1 + Array(#""@context":"#.utf8) + (pretty ? [0x20] : [])
        writer.append(JSONLDVocabulary.context(base: graph.base), indent: 1, to: &out)
        out += [0x2C] + newline + indent1 + Array(#""@graph":"#.utf8) + (pretty ? [0x20] : []) + [0x5B]
        var first = true
        while nodes.first != nil || !cursor.isAtEnd {
            let node = nodes.first.flatMap { cursor.isAtEnd || cursor.nodeComesFirst($0.id) ? $0 : nil }
            out += first ? Array(separator.dropFirst()) : separator
            first = false
            if let node, let reuse, startsBlock(node, before: nodes.second, cursor) {
                // An article node followed by all its annotations: one block.
                var article: [UInt8] = []
                GraphNodeBytes.append(node, to: &article)
                let fingerprint = cursor.fingerprintOfDocument(articleNode: article)
                let offset = flushed + out.count
                let copied = reuse.copy(node.id, fingerprint: fingerprint, articleNode: article, to: &out)
                if copied {
                    cursor.skipDocument()
                } else {
                    out += article
                    let document = cursor.documentNumber
                    while !cursor.isAtEnd && cursor.documentNumber == document {
                        out += separator
                        cursor.writeNext(to: &out)
                    }
                }
                reuse.record(node.id, fingerprint: fingerprint, offset: offset, length: flushed + out.count - offset,
                             wasCopied: copied)
                nodes.advance()
            } else if let node {
                GraphNodeBytes.append(node, to: &out)
                nodes.advance()
            } else {
                cursor.writeNext(to: &out)
            }
            if out.count >= chunkSize {
                try sink(out)
                flushed += out.count
                out.removeAll(keepingCapacity: true)
            }
        }
        if !first { out += newline + indent1 }
        out += [0x5D] + newline + [0x7D] + newline
        try sink(out)
    }

    /// Whether `node` is the article whose annotations come next, none written yet, and
    /// no other node (`next`, the node after it) falls between it and its last annotation (so they are one block).
    private func startsBlock(_ node: GraphNode, before next: GraphNode?, _ cursor: AnnotationCursor) -> Bool {
        guard cursor.isAtDocumentStart, cursor.documentIRI == node.id else { return false }
        guard let next else { return true }
        return !next.id.utf8.lexicographicallyPrecedes(cursor.lastIDOfDocument())
    }
}
