/// Which feature templates `TaggerFeatures` computes; saved in the model file (format
/// version 2; a version 1 file is `.standard`), so a model is always scored with the
/// features it was trained with.
public enum TaggerFeatureSet: UInt8, Sendable, CaseIterable {
    /// The templates of format version 1: words ±2, bigrams, nearest non-space
    /// neighbours, 1–3-scalar affixes, shapes, gazetteer hits, rule hints.
    case standard = 1
    /// `.standard` plus: the words 3 units before and after, the pair of nearest
    /// non-space neighbours (the word's frame), 4-scalar prefix and suffix of units
    /// longer than 4 scalars (unknown names), and each rule hint paired with the word
    /// it falls on (how far a rule is trusted on that word).
    case extended = 2

    /// The name used on the command line (`train --feature-set`).
    public var name: String { self == .standard ? "standard" : "extended" }
}
