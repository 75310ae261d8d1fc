import Foundation
import KhaosanCore

/// The trained sequence tagger as a pipeline stage. It runs after the rules and reads
/// their mentions as features; it outputs all its spans, and `RuleTaggerCombination`
/// decides, rule by rule, where a rule mention and a tagger span overlap.
public struct TaggerExtractor: MentionExtractor {
    public let name = "tagger"
    public var labels: Set<MentionLabel> { Set(model.scheme.labels) }
    public let model: PerceptronModel
    /// Confidence given to tagger mentions (rules give 0.6–1.0); it decides overlaps
    /// with the rules whose precedence is `RulePrecedence.confidence`.
    public let confidence: Double

    public init(model: PerceptronModel, confidence: Double = 0.85) {
        self.model = model
        self.confidence = confidence
    }

    /// Path of the shipped model inside the resource bundle.
    public static let bundledModelPath = BundledList.taggerModel.path

    /// The shipped model, loaded once per process; nil if it is missing or unreadable.
    public static let bundledModel: PerceptronModel? = {
        let path = BundledResources.root.appendingPathComponent(bundledModelPath).path
        return try? ModelFileFormat.read(from: path)
    }()

    /// The tagger with the shipped model, or nil when the package ships none.
    public static func bundled() -> TaggerExtractor? {
        bundledModel.map { TaggerExtractor(model: $0) }
    }

    public func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        let doc = document.document
        let spans = model.spans(tokens: document.tokens, scalars: doc.textScalars) { units in
            TaggerHints.codes(units: units.map(\.range), mentions: earlier)
        }
        return spans.map { span in
            document.mention(textRange: span.range, label: span.label, source: RuleTaggerCombination.taggerSource,
                             confidence: confidence)
        }
    }
}
