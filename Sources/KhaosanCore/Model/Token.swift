/// A word-level token produced by ICU word boundaries over a document's
/// normalised text.
///
/// `range` is in Unicode scalar offsets of the **normalised** text
/// (`Document.text`); map it to the source with `Document.offsetMap`.
public struct Token: Hashable, Codable, Sendable {
    /// Range in scalar offsets of the normalised text.
    public var range: ScalarRange
    public var kind: TokenKind

    public init(range: ScalarRange, kind: TokenKind) {
        self.range = range
        self.kind = kind
    }
}
