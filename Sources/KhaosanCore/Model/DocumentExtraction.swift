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
    /// Relations the text states between these mentions (sorted), found by `RelationExtractor`.
    public var relations: [RelationFact]

    public init(id: String, metadata: DocumentMetadata, contentHash: String, sourceLength: Int, mentions: [Mention],
                relations: [RelationFact] = []) {
        self.id = id
        self.metadata = metadata
        self.contentHash = contentHash
        self.sourceLength = sourceLength
        self.mentions = mentions
        self.relations = relations
    }

    private enum CodingKeys: String, CodingKey {
        case id, metadata, contentHash, sourceLength, mentions, relations
    }

    /// Decodes a record; `relations` may be absent (records written before relations existed).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        metadata = try container.decode(DocumentMetadata.self, forKey: .metadata)
        contentHash = try container.decode(String.self, forKey: .contentHash)
        sourceLength = try container.decode(Int.self, forKey: .sourceLength)
        mentions = try container.decode([Mention].self, forKey: .mentions)
        relations = try container.decodeIfPresent([RelationFact].self, forKey: .relations) ?? []
    }
}
