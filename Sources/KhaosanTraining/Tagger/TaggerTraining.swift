import Foundation
import KhaosanExtract

/// The whole training job behind `khaosan train`: prepare examples from gold
/// documents, train the averaged perceptron, score each epoch on the dev documents.
public struct TaggerTraining {
    public struct Settings: Sendable {
        public var scheme = TagScheme.standard
        /// log2 of the weight-table rows (16 ⇒ 65,536 rows).
        public var rowBits = 16
        public var epochs = 10
        public var seed: UInt64 = 1
        /// Folds for the jackknifed gold name lists (`GoldNameLists`); 0: no name lists.
        public var nameFolds = 0
        /// The feature templates (saved in the model).
        public var featureSet = TaggerFeatureSet.standard
        public init() {}
    }

    public let settings: Settings
    /// The model's shape; its gazetteer is the one saved in the trained model.
    public private(set) var template: PerceptronModel
    public let hintExtractors: [any MentionExtractor]
    /// Per fold, the template whose gazetteer holds only the other folds' gold names.
    private var foldTemplates: [PerceptronModel] = []

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
                                   transitions: [Float](repeating: 0, count: (t + 1) * t),
                                   featureSet: settings.featureSet)
    }

    /// Adds the gold name lists of `training` to the model's gazetteer (when
    /// `settings.nameFolds > 0`) and prepares the jackknifed fold gazetteers.
    /// Call before `trainingExamples(_:)` with the same documents.
    public mutating func learnNames(from training: [GoldDocument]) {
        guard settings.nameFolds > 0 else { return }
        let base = template.gazetteer.lists
        func model(with lists: [(name: String, entries: [String])]) -> PerceptronModel {
            PerceptronModel(scheme: template.scheme, rowBits: template.rowBits, usesHints: template.usesHints,
                            gazetteer: TaggerGazetteer(lists: base + lists), splitPrefixes: template.splitPrefixes,
                            weights: template.weights, transitions: template.transitions,
                            featureSet: template.featureSet)
        }
        foldTemplates = (0..<settings.nameFolds).map { fold in
            model(with: GoldNameLists.lists(from: training.indices.filter {
                GoldNameLists.fold(of: $0, folds: settings.nameFolds) != fold }.map { training[$0] }))
        }
        template = model(with: GoldNameLists.lists(from: training))
    }

    /// Training examples of `documents` (jackknifed name lists when learned), in order.
    public func trainingExamples(_ documents: [GoldDocument]) throws -> ([TaggerExample], UnitAlignmentStats) {
        guard !foldTemplates.isEmpty else { return try examples(documents) }
        var builders = try foldTemplates.map { try TaggerExampleBuilder(template: $0, hintExtractors: hintExtractors) }
        var examples: [TaggerExample] = []
        for (index, document) in documents.enumerated() {
            examples.append(try builders[GoldNameLists.fold(of: index, folds: foldTemplates.count)].example(document))
        }
        var stats = UnitAlignmentStats()
        for b in builders { stats = stats + b.stats }
        return (examples, stats)
    }

    /// Examples of `documents` with the model's own gazetteer, in order, and how
    /// gold boundaries align with units.
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
