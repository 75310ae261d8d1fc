/// Counts and scores of exact span + label matching for one label (or micro over all).
public struct LabelScore: Hashable, Codable, Sendable {
    /// Exact span and label.
    public var correct = 0
    /// Same label, overlapping span with different boundaries (nervaluate "boundary").
    public var boundaryErrors = 0
    /// Same span, different label.
    public var labelErrors = 0
    /// Gold span with no overlapping prediction.
    public var missed = 0
    /// Prediction with no overlapping gold span.
    public var spurious = 0
    /// Overlapping span with different boundaries and a different label.
    public var boundaryAndLabelErrors = 0
    /// Number of gold spans.
    public var gold = 0
    /// Number of predicted spans.
    public var predicted = 0

    public init() {}

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: LabelScore, b: LabelScore) -> LabelScore {
        var s = LabelScore()
        s.correct = a.correct + b.correct
        s.boundaryErrors = a.boundaryErrors + b.boundaryErrors
        s.labelErrors = a.labelErrors + b.labelErrors
        s.missed = a.missed + b.missed
        s.spurious = a.spurious + b.spurious
        s.boundaryAndLabelErrors = a.boundaryAndLabelErrors + b.boundaryAndLabelErrors
        s.gold = a.gold + b.gold
        s.predicted = a.predicted + b.predicted
        return s
    }
}
