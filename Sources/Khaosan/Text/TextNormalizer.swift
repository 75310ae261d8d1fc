/// Normalises Thai news text for matching while keeping a map back to the source.
///
/// TODO(normalise): the fixes of DESIGN §3. Identity for now.
public struct TextNormalizer: Sendable {
    public init() {}

    /// The normalised form of `source` with its offset map (scalar offsets).
    public func normalize(_ source: String) -> NormalizedText {
        let count = source.unicodeScalars.count
        return NormalizedText(text: source, offsetMap: .identity(length: count))
    }
}
