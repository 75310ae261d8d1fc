import Foundation
import Khaosan

/// Writes a graph as JSON-LD to a file atomically (creating its directory), or to stdout for `-`,
/// and prints the summary on stderr. `build` and `merge` write a `StreamedGraph`, whose
/// annotations are written from the extractions while streaming.
enum GraphFile {
    static func write(_ graph: StreamedGraph, to path: String, options: GraphOptions) throws {
        if path == "-" {
            JSONLDWriter().stream(graph) { StandardOutput.write(Data($0)) }
        } else {
            try JSONLDWriter().write(graph, to: path)
        }
        for line in GraphSummary(graph, top: options.top).lines { printError(line) }
        if path != "-" {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            printError("wrote \(path) (\(size) bytes)")
        }
    }
}
