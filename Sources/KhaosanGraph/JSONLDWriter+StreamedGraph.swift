import Foundation
import KhaosanIO

extension JSONLDWriter {
    /// The JSON-LD bytes of `graph`: the bytes its `knowledgeGraph` gives.
    public func data(for graph: StreamedGraph) -> Data {
        var data = Data()
        stream(graph) { data.append(contentsOf: $0) }
        return data
    }

    /// Writes `graph` to `path` atomically (a temporary file renamed into place),
    /// creating the parent directory; streams the bytes in chunks of about 1 MiB.
    public func write(_ graph: StreamedGraph, to path: String) throws {
        try AtomicFile.write(to: path) { handle in
            try stream(graph) { try handle.write(contentsOf: Data($0)) }
        }
    }

    /// Produces the bytes of `graph` in order, in chunks passed to `sink`, writing each
    /// mention's annotation from the extractions as it comes.
    public func stream(_ graph: StreamedGraph, chunkSize: Int = 1 << 20, _ sink: ([UInt8]) throws -> Void) rethrows {
        var cursor = AnnotationTableCursor(graph.annotations)
        try stream(nodes: graph.nodes, annotations: &cursor, chunkSize: chunkSize, sink)
    }
}
