import KhaosanExtract

/// Trains a `PerceptronModel` with the averaged structured perceptron (Collins 2002):
/// decode each example with the current weights, and where the best sequence
/// differs from gold, add the gold features and subtract the predicted ones.
/// The model returned is the average of the weights over all steps.
///
/// Deterministic: examples are visited in an order shuffled by `SplitMix64(seed)`,
/// arithmetic is in a fixed order, so the same data and options give the same model.
public struct PerceptronTrainer {
    public struct Options: Sendable {
        public var epochs = 12
        public var seed: UInt64 = 1
        public init(epochs: Int = 12, seed: UInt64 = 1) {
            self.epochs = epochs
            self.seed = seed
        }
    }

    public let template: PerceptronModel
    public let options: Options
    private let t: Int
    private var weights: [Double]
    private var totals: [Double]
    private var transitions: [Double]
    private var transitionTotals: [Double]
    private var step: Double = 1

    /// - Parameter template: carries the scheme, row bits, gazetteer and unit prefixes.
    public init(template: PerceptronModel, options: Options) {
        self.template = template
        self.options = options
        t = template.scheme.count
        weights = [Double](repeating: 0, count: template.rowCount * t)
        totals = weights
        transitions = [Double](repeating: 0, count: (t + 1) * t)
        transitionTotals = transitions
    }

    /// Runs all epochs; after each, calls `afterEpoch(epoch, averaged model, sequences wrong in the epoch)`.
    public mutating func train(_ examples: [TaggerExample],
                               afterEpoch: (Int, PerceptronModel, Int) -> Void = { _, _, _ in }) -> PerceptronModel {
        var order = Array(examples.indices)
        var random = SplitMix64(seed: options.seed)
        var model = averaged()
        for epoch in 1...max(1, options.epochs) {
            random.shuffle(&order)
            var wrong = 0
            for index in order where examples[index].features.unitCount > 0 {
                if learn(examples[index]) { wrong += 1 }
                step += 1
            }
            model = averaged()
            afterEpoch(epoch, model, wrong)
        }
        return model
    }

    /// One perceptron step; returns whether the prediction was wrong.
    private mutating func learn(_ example: TaggerExample) -> Bool {
        let features = example.features
        let n = features.unitCount
        var emissions = [Double](repeating: 0, count: n * t)
        for i in 0..<n {
            for row in features.rows(of: i) {
                let base = Int(row) * t
                for tag in 0..<t { emissions[i * t + tag] += weights[base + tag] }
            }
        }
        let predicted = ViterbiDecoder.decode(emissions: emissions, transitions: transitions, count: n,
                                              scheme: template.scheme, allowed: template.allowed)
        let gold = example.gold
        guard predicted != gold else { return false }
        for i in 0..<n {
            let g = gold[i], p = predicted[i]
            let previousGold = i == 0 ? t : gold[i - 1]
            let previousPredicted = i == 0 ? t : predicted[i - 1]
            if g != p {
                for row in features.rows(of: i) {
                    let base = Int(row) * t
                    Self.update(&weights, &totals, base + g, 1, step)
                    Self.update(&weights, &totals, base + p, -1, step)
                }
            }
            if g != p || previousGold != previousPredicted {
                Self.update(&transitions, &transitionTotals, previousGold * t + g, 1, step)
                Self.update(&transitions, &transitionTotals, previousPredicted * t + p, -1, step)
            }
        }
        return true
    }

    /// Static, so that no copy of `self` (and of its arrays) is made around the `inout` access.
    @inline(__always)
    private static func update(_ w: inout [Double], _ total: inout [Double], _ k: Int, _ delta: Double, _ step: Double) {
        w[k] += delta
        total[k] += step * delta
    }

    /// The averaged weights so far: `w - total / step`, as a model.
    public func averaged() -> PerceptronModel {
        func average(_ w: [Double], _ total: [Double]) -> [Float] {
            zip(w, total).map { Float($0 - $1 / step) }
        }
        let model = PerceptronModel(scheme: template.scheme, rowBits: template.rowBits, usesHints: template.usesHints,
                                    gazetteer: template.gazetteer, splitPrefixes: template.splitPrefixes,
                                    weights: average(weights, totals), transitions: average(transitions, transitionTotals),
                                    featureSet: template.featureSet)
        return ModelFileFormat.quantized(model)
    }
}
