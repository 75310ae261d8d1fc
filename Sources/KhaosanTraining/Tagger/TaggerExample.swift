import KhaosanCore
import KhaosanExtract

/// One gold document prepared for training or scoring: its units, their features
/// and source ranges, the gold tags and the gold spans.
public struct TaggerExample: Sendable {
    public let id: String
    /// Units in normalised text offsets.
    public let units: [TaggerUnit]
    /// Each unit's range in source offsets (the gold file's offsets).
    public let unitSource: [ScalarRange]
    public let features: TaggerFeatures
    public let gold: [Int]
    /// The gold spans as given (all labels).
    public let goldSpans: [GoldSpan]

    /// Spans predicted by `model` for this example, in source offsets.
    public func predictedSpans(_ model: PerceptronModel) -> [GoldSpan] {
        model.entitySpans(tags: model.tags(for: features), units: units).map {
            GoldSpan(start: unitSource[$0.start].start, end: unitSource[$0.end - 1].end,
                     label: model.scheme.labels[$0.label].rawValue)
        }
    }
}
