/// What the per-document stages found in one document: the unit that is cached,
/// written by `khaosan extract` (one JSON line each) and merged into a graph.
public struct DocumentExtraction: Hashable, Codable, Sendable {
    public var id: String
    public var metadata: DocumentMetadata
    /// Hex SHA-256 of the document's source text (UTF-8).
    public var contentHash: String
    /// Number of Unicode scalars in the source text.
    public var sourceLength: Int
    /// Mentions sorted by range then label; ranges are scalar offsets of the source text.
    public var mentions: [Mention]

    public init(id: String, metadata: DocumentMetadata, contentHash: String, sourceLength: Int, mentions: [Mention]) {
        self.id = id
        self.metadata = metadata
        self.contentHash = contentHash
        self.sourceLength = sourceLength
        self.mentions = mentions
    }
}
