/// Scores predicted spans against gold spans: exact span + label, per label and
/// micro, with nervaluate-style error kinds.
public struct SpanScorer: Sendable {
    /// Scores per label (gold and predicted labels both appear).
    public private(set) var byLabel: [String: LabelScore] = [:]
    /// Disagreements, in document order.
    public private(set) var errors: [SpanError] = []

    public init() {}

    /// Micro-averaged score over all labels.
    public var micro: LabelScore { byLabel.values.reduce(LabelScore(), +) }

    /// Micro score restricted to `labels`.
    public func micro(labels: Set<String>) -> LabelScore {
        byLabel.filter { labels.contains($0.key) }.values.reduce(LabelScore(), +)
    }

    /// Adds one document's spans. `labels`, if given, restricts scoring to those labels.
    public mutating func add(documentID: String, gold: [GoldSpan], predicted: [GoldSpan], labels: Set<String>? = nil) {
        let gold = gold.filter { labels?.contains($0.label) ?? true }.sorted()
        let predicted = predicted.filter { labels?.contains($0.label) ?? true }.sorted()
        for span in gold { byLabel[span.label, default: LabelScore()].gold += 1 }
        for span in predicted { byLabel[span.label, default: LabelScore()].predicted += 1 }
        var predictedUsed = [Bool](repeating: false, count: predicted.count)
        for g in gold {
            if let i = predicted.indices.first(where: {
                !predictedUsed[$0] && predicted[$0].range == g.range && predicted[$0].label == g.label
            }) {
                predictedUsed[i] = true
                byLabel[g.label, default: LabelScore()].correct += 1
                continue
            }
            let overlapping = predicted.indices.filter { !predictedUsed[$0] && predicted[$0].range.overlaps(g.range) }
            if let i = overlapping.first(where: { predicted[$0].start == g.start && predicted[$0].end == g.end }) {
                predictedUsed[i] = true
                byLabel[g.label, default: LabelScore()].labelErrors += 1
                errors.append(SpanError(kind: .label, documentID: documentID, gold: g, predicted: predicted[i]))
            } else if let i = overlapping.first(where: { predicted[$0].label == g.label }) {
                predictedUsed[i] = true
                byLabel[g.label, default: LabelScore()].boundaryErrors += 1
                errors.append(SpanError(kind: .boundary, documentID: documentID, gold: g, predicted: predicted[i]))
            } else if let i = overlapping.first {
                predictedUsed[i] = true
                byLabel[g.label, default: LabelScore()].boundaryAndLabelErrors += 1
                errors.append(SpanError(kind: .boundaryAndLabel, documentID: documentID, gold: g, predicted: predicted[i]))
            } else {
                byLabel[g.label, default: LabelScore()].missed += 1
                errors.append(SpanError(kind: .missed, documentID: documentID, gold: g, predicted: nil))
            }
        }
        for (i, p) in predicted.enumerated() where !predictedUsed[i] {
            if gold.contains(where: { $0.range.overlaps(p.range) }) { continue }
            byLabel[p.label, default: LabelScore()].spurious += 1
            errors.append(SpanError(kind: .spurious, documentID: documentID, gold: nil, predicted: p))
        }
    }
}
