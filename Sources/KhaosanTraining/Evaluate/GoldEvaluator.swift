import KhaosanCore
import KhaosanIO
import KhaosanExtract

/// Runs an extraction pipeline over gold documents and scores its mentions
/// against the gold spans (exact span + label, see `SpanScorer`).
///
/// Gold offsets are Unicode scalar offsets of the gold text, which is taken as the
/// document's source text, so predicted source ranges compare directly.
public enum GoldEvaluator {
    /// The outcome of one evaluation run.
    public struct Result: Sendable {
        /// Scores and disagreements.
        public var scorer: SpanScorer
        /// The pipeline's mentions of each document, in the gold format (same ids and texts).
        public var predictions: [GoldDocument]
        /// Labels the pipeline can produce at all (its extractors' labels).
        public var producedLabels: Set<String>
        /// Labels present in the gold spans that were scored.
        public var goldLabels: Set<String>
    }

    /// Scores `pipeline` on `documents`. `labels`, if given, restricts scoring
    /// (and the written predictions) to those labels.
    public static func evaluate(_ documents: [GoldDocument], pipeline: ExtractionPipeline,
                                labels: Set<String>? = nil) throws -> Result {
        var scorer = SpanScorer()
        var predictions: [GoldDocument] = []
        var goldLabels: Set<String> = []
        for gold in documents {
            let analyzed = try pipeline.analyze(RawDocument(id: gold.id, metadata: DocumentMetadata(), source: gold.text))
            let predicted = pipeline.mentions(in: analyzed)
                .filter { labels?.contains($0.label.rawValue) ?? true }
                .map { GoldSpan(start: $0.range.start, end: $0.range.end, label: $0.label.rawValue, text: $0.text) }
            let goldSpans = gold.spans.filter { labels?.contains($0.label) ?? true }
            goldLabels.formUnion(goldSpans.map(\.label))
            scorer.add(documentID: gold.id, gold: goldSpans, predicted: predicted)
            predictions.append(GoldDocument(id: gold.id, text: gold.text, spans: predicted))
        }
        let produced = Set(pipeline.extractors.flatMap { $0.labels.map(\.rawValue) })
        return Result(scorer: scorer, predictions: predictions, producedLabels: produced, goldLabels: goldLabels)
    }
}
