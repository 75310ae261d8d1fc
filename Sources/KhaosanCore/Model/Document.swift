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

    /// A document whose every part is given, unchecked (for `init(id:metadata:source:normalizer:)`,
    /// which normalises in the text layer).
    package init(id: String, metadata: DocumentMetadata, source: String, sourceScalars: [Unicode.Scalar],
                 text: String, textScalars: [Unicode.Scalar], offsetMap: OffsetMap) {
        self.id = id
        self.metadata = metadata
        self.source = source
        self.text = text
        self.sourceScalars = sourceScalars
        self.textScalars = textScalars
        self.offsetMap = offsetMap
    }

    /// The source text covered by `range` (scalar offsets of the source).
    public func sourceText(_ range: ScalarRange) -> String {
        Document.string(sourceScalars[range.start..<range.end])
    }

    /// The normalised text covered by `range` (scalar offsets of the normalised text).
    public func normalizedText(_ range: ScalarRange) -> String {
        Document.string(textScalars[range.start..<range.end])
    }

    /// The string of `scalars`, encoded to UTF-8 in one pass (appending scalars to a
    /// `String.UnicodeScalarView` goes through a slow generic path).
    package static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                } else if v < 0x1_0000 {
                    buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }
}
