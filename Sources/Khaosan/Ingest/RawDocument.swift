/// A decoded input document before normalisation.
public struct RawDocument: Sendable {
    public var id: String
    public var metadata: DocumentMetadata
    /// The decoded text, unchanged (a leading BOM is kept; normalisation drops it).
    public var source: String

    public init(id: String, metadata: DocumentMetadata, source: String) {
        self.id = id
        self.metadata = metadata
        self.source = source
    }
}
