import Foundation

/// The bytes `build` and `merge` write for a set of extractions: the one place
/// where the graph is made, so both commands agree byte for byte.
///
/// PLACEHOLDER until the graph stage lands on this branch: the lead replaces
/// the body of `data(for:)` with the graph builder and JSON-LD writer
/// (e.g. `KnowledgeGraph.build(from: set.sorted)` + its writer). Until then it
/// writes the union of the extractions, sorted by id, as deterministic JSON,
/// without `metadata.source` (where a document was read from is not part of it).
public enum GraphOutput {
    public static func data(for extractions: [DocumentExtraction]) throws -> Data {
        let set = ExtractionSet(extractions)
        let encoder = ExtractionJSON.encoder()
        var data = Data("{\"documents\":[".utf8)
        for (index, extraction) in set.sorted.enumerated() {
            var stripped = extraction
            stripped.metadata.source = nil
            data.append(contentsOf: index == 0 ? Array("\n".utf8) : Array(",\n".utf8))
            data.append(try encoder.encode(stripped))
        }
        data.append(contentsOf: Array("\n],\"generator\":\"khaosan \(Khaosan.version)\"}\n".utf8))
        return data
    }
}
