import Foundation
import KhaosanCore
import KhaosanIO
import KhaosanExtract

/// Turns gold documents into training examples with a given unit splitter and feature setup.
public struct TaggerExampleBuilder {
    public let template: PerceptronModel
    /// Extractors whose mentions become hint features (only when `template.usesHints`).
    public let hintExtractors: [any MentionExtractor]
    private let pipeline: ExtractionPipeline
    public private(set) var stats = UnitAlignmentStats()

    /// - Parameter template: a model (weights unused) carrying the scheme, row bits, gazetteer and prefixes.
    public init(template: PerceptronModel, hintExtractors: [any MentionExtractor] = []) throws {
        self.template = template
        self.hintExtractors = hintExtractors
        self.pipeline = try ExtractionPipeline(extractors: hintExtractors)
    }

    /// The example of `gold`. Gold spans of labels outside the scheme are ignored; a span
    /// whose ends fall inside units is widened to whole units.
    public mutating func example(_ gold: GoldDocument) throws -> TaggerExample {
        let analyzed = try pipeline.analyze(RawDocument(id: gold.id, metadata: DocumentMetadata(), source: gold.text))
        let document = analyzed.document
        let units = template.units(of: analyzed.tokens, in: document.textScalars)
        let unitSource = units.map { document.offsetMap.sourceRange($0.range) }
        var tokenBoundaries = Set<Int>([0])
        for token in analyzed.tokens { tokenBoundaries.insert(document.offsetMap.sourceRange(token.range).end) }
        var unitBoundaries = Set<Int>([0])
        for r in unitSource { unitBoundaries.insert(r.end) }
        var spans: [(start: Int, end: Int, label: Int)] = []
        for span in gold.spans {
            guard let label = MentionLabel(rawValue: span.label),
                  let labelIndex = template.scheme.labels.firstIndex(of: label) else { continue }
            stats.spans += 1
            stats.boundaries += 2
            for b in [span.start, span.end] {
                if !tokenBoundaries.contains(b) { stats.insideToken += 1 }
                if !unitBoundaries.contains(b) { stats.insideUnit += 1 }
            }
            if unitBoundaries.contains(span.start) && unitBoundaries.contains(span.end) { stats.reachableSpans += 1 }
            let covered = unitSource.indices.filter { unitSource[$0].overlaps(span.range) }
            if let first = covered.first, let last = covered.last { spans.append((first, last + 1, labelIndex)) }
        }
        let hints = template.usesHints
            ? TaggerHints.codes(units: unitSource, mentions: pipeline.mentions(in: analyzed)) : []
        let features = template.features(of: units, in: document.textScalars, hints: hints)
        return TaggerExample(id: gold.id, units: units, unitSource: unitSource, features: features,
                             gold: template.scheme.encode(count: units.count, spans: spans), goldSpans: gold.spans)
    }
}
