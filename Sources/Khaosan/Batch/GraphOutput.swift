import Foundation

/// The graph `build` and `merge` write for a set of extractions: the one place
/// where it is made, so both commands agree byte for byte.
public enum GraphOutput {
    /// The graph of `extractions` united by document id (see `ExtractionSet`),
    /// resolved with the known entities of `lexicon`, nodes under IRI `base`.
    public static func graph(for extractions: [DocumentExtraction], lexicon: Lexicon,
                             base: String = GraphIRI.defaultBase) -> KnowledgeGraph {
        KnowledgeGraph.build(from: ExtractionSet(extractions).sorted, lexicon: lexicon, base: base)
    }
}

extension GraphOutput {
    /// The JSON-LD bytes of `graph(for:lexicon:base:)` (for comparisons; commands stream to files).
    public static func data(for extractions: [DocumentExtraction], lexicon: Lexicon = Lexicon(),
                            base: String = GraphIRI.defaultBase) -> Data {
        JSONLDWriter().data(for: graph(for: extractions, lexicon: lexicon, base: base))
    }
}
