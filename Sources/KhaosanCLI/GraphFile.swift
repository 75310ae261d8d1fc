import Foundation
import Khaosan

/// Writes a graph as JSON-LD to a file atomically (creating its directory), or to stdout for `-`,
/// and prints the summary on stderr. `build` and `merge` write a `KnowledgeGraph`, whose
/// annotations are written from the extractions while streaming.
enum GraphFile {
    /// `before` runs once the graph is completely written, right before it is renamed into
    /// place (or after it went to stdout): commit a companion file there (the errors report)
    /// so that both are replaced together, or neither when the graph fails.
    ///
    /// A graph file gets its block index beside it (`<graph>.blocks`, `GraphBlockIndex`); the
    /// articles of the previous graph (`options.previousGraph`, else the file being replaced) are
    /// copied from it where unchanged, when its index describes it.
    static func write(_ graph: KnowledgeGraph, to path: String, options: GraphOptions,
                      before commit: () throws -> Void = {}) throws {
        try StageProfile.measure("graph write") { try stream(graph, to: path, options: options, before: commit) }
        StageProfile.markMemory("after graph write")
        StageProfile.measure("graph summary") {
            for line in GraphSummary(graph, top: options.top).lines { printError(line) }
        }
        if path != "-" {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            printError("wrote \(path) (\(size) bytes)")
        }
    }

    /// Writes the JSON-LD of `graph` to `path` (see `write`), running `commit` before the rename.
    private static func stream(_ graph: KnowledgeGraph, to path: String, options: GraphOptions,
                               before commit: () throws -> Void) throws {
        if path == "-" {
            JSONLDWriter().stream(graph) { StandardOutput.write(Data($0)) }
            try commit()
        } else if AtomicFile.writesInPlace(path) {
            try JSONLDWriter().write(graph, to: path)
            try commit()
        } else {
            // The articles of the graph this one replaces are copied where unchanged (GraphBlockIndex).
            let writer = JSONLDWriter()
            let previous = options.previousGraph ?? path
            let index = GraphBlockIndex.current(besideGraph: previous)
            if let asked = options.previousGraph, index == nil {
                printError("--previous-graph \(asked): no block index describing it (\(GraphBlockIndex.path(besideGraph: asked))); every article is written anew")
            }
            let reuse = GraphBlockReuse(graphPath: previous, index: index, pretty: writer.pretty)
            let staged = try StagedFile(path: path)
            do {
                try writer.stream(graph, reusing: reuse) { try staged.handle.write(contentsOf: Data($0)) }
            } catch {
                throw FileWriteError(path: path, error: error)
            }
            try commit()
            try staged.commit()
            GraphBlockIndex.save(pretty: writer.pretty, blocks: reuse.written, besideGraph: path)
            if index != nil { printError("articles: \(reuse.copied) copied unchanged from \(previous), \(reuse.formatted) written") }
        }
    }
}
