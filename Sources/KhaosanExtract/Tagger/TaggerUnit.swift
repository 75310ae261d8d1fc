import KhaosanCore

/// The unit the tagger labels: an ICU word token, or a piece of one where the
/// token is split further (see `TaggerUnitSplitter`).
///
/// `range` is in Unicode scalar offsets of the document's **normalised** text.
public struct TaggerUnit: Hashable, Sendable {
    public var range: ScalarRange
    public var kind: TokenKind

    public init(range: ScalarRange, kind: TokenKind) {
        self.range = range
        self.kind = kind
    }
}
