import Foundation

/// The whole training job behind `khaosan train`: prepare examples from gold
/// documents, train the averaged perceptron, score each epoch on the dev documents.
public struct TaggerTraining {
    public struct Settings: Sendable {
        public var scheme = TagScheme.standard
        /// log2 of the weight-table rows (16 ⇒ 65,536 rows).
        public var rowBits = 16
        public var epochs = 10
        public var seed: UInt64 = 1
        public init() {}
    }

    public let settings: Settings
    public let template: PerceptronModel
    public let hintExtractors: [any MentionExtractor]

    /// - Parameters:
    ///   - gazetteer: word lists for features (saved in the model).
    ///   - splitPrefixes: prefixes split off Thai tokens into their own units.
    ///   - hintExtractors: earlier extractors whose mentions become features; empty for none.
    public init(settings: Settings, gazetteer: TaggerGazetteer, splitPrefixes: [String],
                hintExtractors: [any MentionExtractor] = []) {
        self.settings = settings
        self.hintExtractors = hintExtractors
        let t = settings.scheme.count
        template = PerceptronModel(scheme: settings.scheme, rowBits: settings.rowBits,
                                   usesHints: !hintExtractors.isEmpty, gazetteer: gazetteer,
                                   splitPrefixes: splitPrefixes,
                                   weights: [Float](repeating: 0, count: (1 << settings.rowBits) * t),
                                   transitions: [Float](repeating: 0, count: (t + 1) * t))
    }

    /// Examples of `documents`, in order, and how gold boundaries align with units.
    public func examples(_ documents: [GoldDocument]) throws -> ([TaggerExample], UnitAlignmentStats) {
        var builder = try TaggerExampleBuilder(template: template, hintExtractors: hintExtractors)
        let examples = try documents.map { try builder.example($0) }
        return (examples, builder.stats)
    }

    /// Trains on `train`; after each epoch reports the dev score (empty scorer when no dev data).
    public func train(_ train: [TaggerExample], dev: [TaggerExample],
                      report: (_ epoch: Int, _ wrong: Int, _ dev: SpanScorer) -> Void) -> PerceptronModel {
        var trainer = PerceptronTrainer(template: template, options: .init(epochs: settings.epochs, seed: settings.seed))
        return trainer.train(train) { epoch, model, wrong in
            report(epoch, wrong, TaggerTraining.score(model, on: dev))
        }
    }

    /// Tagger-alone scores of `model` on `examples` (exact span + label).
    public static func score(_ model: PerceptronModel, on examples: [TaggerExample]) -> SpanScorer {
        var scorer = SpanScorer()
        let labels = Set(model.scheme.labels.map(\.rawValue))
        for example in examples {
            scorer.add(documentID: example.id, gold: example.goldSpans, predicted: example.predictedSpans(model),
                       labels: labels)
        }
        return scorer
    }
}
