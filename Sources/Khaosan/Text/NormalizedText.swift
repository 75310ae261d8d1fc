/// A normalised text and the map from its scalar offsets back to the source.
public struct NormalizedText: Sendable {
    public let text: String
    public let offsetMap: OffsetMap

    public init(text: String, offsetMap: OffsetMap) {
        self.text = text
        self.offsetMap = offsetMap
    }
}
