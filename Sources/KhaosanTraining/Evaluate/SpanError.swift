/// One disagreement between gold and predicted spans of a document.
public struct SpanError: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        case boundary, label, boundaryAndLabel = "boundary+label", missed, spurious
    }

    public var kind: Kind
    public var documentID: String
    public var gold: GoldSpan?
    public var predicted: GoldSpan?
}
