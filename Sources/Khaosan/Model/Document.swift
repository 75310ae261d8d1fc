/// One news document as it moves through the pipeline: the source text exactly
/// as read, the normalised text the extractors work on, and the map between them.
public struct Document: Sendable {
    /// Stable identifier, unique in an archive (from the JSONL `id`, or the file name).
    public var id: String
    public var metadata: DocumentMetadata
    /// The text as decoded from the input, unchanged. Output offsets index this.
    public let source: String
    /// The normalised text (see `TextNormalizer`).
    public let text: String
    /// Scalars of `source`, for O(1) access by scalar offset.
    public let sourceScalars: [Unicode.Scalar]
    /// Scalars of `text`, for O(1) access by scalar offset.
    public let textScalars: [Unicode.Scalar]
    /// Maps scalar offsets of `text` to scalar offsets of `source`.
    public let offsetMap: OffsetMap

    /// A document whose normalised text and map are given.
    public init(id: String, metadata: DocumentMetadata = DocumentMetadata(), source: String,
                text: String, offsetMap: OffsetMap) {
        self.id = id
        self.metadata = metadata
        self.source = source
        self.text = text
        let sourceScalars = Array(source.unicodeScalars)
        self.sourceScalars = sourceScalars
        // An identity map means the text is the source: share the scalars.
        self.textScalars = offsetMap.isIdentity ? sourceScalars : Array(text.unicodeScalars)
        self.offsetMap = offsetMap
        precondition(offsetMap.textLength == textScalars.count && offsetMap.sourceLength == sourceScalars.count,
                     "offset map does not fit document \(id)")
    }

    /// The source text covered by `range` (scalar offsets of the source).
    public func sourceText(_ range: ScalarRange) -> String {
        Document.string(sourceScalars[range.start..<range.end])
    }

    /// The normalised text covered by `range` (scalar offsets of the normalised text).
    public func normalizedText(_ range: ScalarRange) -> String {
        Document.string(textScalars[range.start..<range.end])
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
