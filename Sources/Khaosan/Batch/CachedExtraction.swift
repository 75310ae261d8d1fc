/// The part of a `DocumentExtraction` that depends only on the document's
/// content and the extractor version: what the cache stores.
public struct CachedExtraction: Codable, Hashable, Sendable {
    /// The cache key this entry was stored under (checked on read).
    public var key: String
    /// Number of Unicode scalars of the source text.
    public var sourceLength: Int
    /// Mentions; ranges are scalar offsets of the source text.
    public var mentions: [Mention]

    public init(key: String, sourceLength: Int, mentions: [Mention]) {
        self.key = key
        self.sourceLength = sourceLength
        self.mentions = mentions
    }
}
