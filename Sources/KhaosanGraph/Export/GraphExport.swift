/// `khaosan export`: reads a graph file that `khaosan build` or `merge` wrote (compressed or not)
/// one node line at a time and writes it in another form, in memory bounded by the longest
/// node line (and, for tables, the roles), not by the graph.
public enum GraphExport {
    /// What to write.
    public enum Target: Sendable {
        /// N-Quads (every triple in the default graph) to a file or `-` (standard output).
        case nquads(String)
        /// Turtle to a file or `-`.
        case turtle(String)
        /// Tables (`TableExportSink`) into a directory.
        case tables(directory: String, format: TableFormat)
        /// The graph without its annotations, and the annotations, as two JSON-LD files.
        case splitJSONLD(entities: String, annotations: String)
    }

    /// Exports the graph file at `path` (`-`: standard input) to `target`. Returns counts by name
    /// (`nodes`, and `triples` or rows per table). Files are written atomically: on an error none
    /// is replaced.
    /// - Throws: an error naming the file and line when the input is not a khaosan graph, or a
    ///   `FileWriteError` naming the output.
    public static func run(input path: String, to target: Target) throws -> [String: Int] {
        let sink: GraphExportSink
        switch target {
        case .nquads(let output): sink = RDFExportSink(syntax: .nquads, file: try ExportFile(path: output))
        case .turtle(let output): sink = RDFExportSink(syntax: .turtle, file: try ExportFile(path: output))
        case .tables(let directory, let format): sink = try TableExportSink(directory: directory, format: format)
        case .splitJSONLD(let entities, let annotations):
            sink = SplitJSONLDSink(entities: try ExportFile(path: entities), annotations: try ExportFile(path: annotations))
        }
        var nodes = 0
        try GraphLineStream(path: path).read(header: { context in
            try sink.begin(context: JSONLDContextMap(context))
        }, node: { json, bytes in
            nodes += 1
            try sink.node(json, bytes: bytes)
        })
        var counts = try sink.finish()
        counts["nodes"] = nodes
        return counts
    }
}
