import KhaosanCore

/// What the cache stores for one document: its extraction as computed, under
/// the key it was stored with. On a hit the id and metadata of the document
/// being read replace the stored ones (they are not part of the key), so
/// everything else the per-document stages produce — mentions, and any field
/// `DocumentExtraction` gains later — is cached without changes here.
public struct CachedExtraction: Codable, Hashable, Sendable {
    /// The cache key this entry was stored under (checked on read).
    public var key: String
    public var extraction: DocumentExtraction

    public init(key: String, extraction: DocumentExtraction) {
        self.key = key
        self.extraction = extraction
    }

    /// The stored extraction with the id and metadata of the document now being read.
    public func extraction(id: String, metadata: DocumentMetadata) -> DocumentExtraction {
        var result = extraction
        result.id = id
        result.metadata = metadata
        return result
    }
}
