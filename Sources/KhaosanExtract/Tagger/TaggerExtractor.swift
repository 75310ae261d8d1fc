import Foundation
import KhaosanCore

/// The trained sequence tagger as a pipeline stage. It runs after the rules:
/// what a rule is sure of stands, the tagger fills the gaps — it adds a tagger
/// span only where no earlier mention overlaps it.
public struct TaggerExtractor: MentionExtractor {
    public let name = "tagger"
    public var labels: Set<MentionLabel> { Set(model.scheme.labels) }
    public let model: PerceptronModel
    /// Confidence given to tagger mentions (below the rules' default 1.0).
    /// The defaults (0.85; rule mentions of confidence ≥ 0.9 block the tagger, where a
    /// less sure rule overlaps the tagger's span wins) were chosen on the ThaiNER DEV
    /// part: micro F1 0.821 against 0.816 when every rule mention blocks, with the
    /// seeds gold ≥ 0.95 per label.
    public let confidence: Double
    /// Earlier mentions with at least this confidence block tagger spans that overlap
    /// them; less sure ones do not (the overlap resolver then picks by confidence).
    /// 0: every earlier mention blocks.
    public let sureConfidence: Double

    public init(model: PerceptronModel, confidence: Double = 0.85, sureConfidence: Double = 0.9) {
        self.model = model
        self.confidence = confidence
        self.sureConfidence = sureConfidence
    }

    /// Path of the shipped model inside the resource bundle.
    public static let bundledModelPath = BundledList.taggerModel.path

    /// The shipped model, loaded once per process; nil if it is missing or unreadable.
    public static let bundledModel: PerceptronModel? = {
        let path = BundledResources.root.appendingPathComponent(bundledModelPath).path
        return try? ModelFileFormat.read(from: path)
    }()

    /// The tagger alone (for evaluation): it still reads the rules' mentions as
    /// features, but none of them blocks it; keep only its output (`ExtractionPipeline.outputExtractors`).
    public func standalone() -> TaggerExtractor {
        TaggerExtractor(model: model, confidence: confidence, sureConfidence: .infinity)
    }

    /// The tagger with the shipped model, or nil when the package ships none.
    public static func bundled() -> TaggerExtractor? {
        bundledModel.map { TaggerExtractor(model: $0) }
    }

    public func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        let doc = document.document
        let spans = model.spans(tokens: document.tokens, scalars: doc.textScalars) { units in
            TaggerHints.codes(units: units.map(\.range), mentions: earlier)
        }
        // Empty ranges block nothing.
        let taken = SpanOverlapIndex(earlier.lazy.filter { $0.confidence >= self.sureConfidence && !$0.range.isEmpty }.map(\.range))
        var found: [Mention] = []
        for span in spans {
            let mention = document.mention(textRange: span.range, label: span.label, source: "tagger",
                                           confidence: confidence)
            if mention.range.isEmpty || taken.overlapsAny(mention.range) { continue }
            found.append(mention)
        }
        return found
    }
}
