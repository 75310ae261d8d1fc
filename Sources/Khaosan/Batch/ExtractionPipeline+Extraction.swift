extension ExtractionPipeline {
    /// The per-document result of `raw`: analysis, mentions, and whatever else
    /// the per-document stages record. The single place the batch engine,
    /// `extract` and `build` get a `DocumentExtraction` from.
    /// - Parameter contentHash: hex SHA-256 of `raw.source` (UTF-8), already computed by the caller.
    public func extraction(of raw: RawDocument, contentHash: String) throws -> DocumentExtraction {
        let analyzed = try analyze(raw)
        let found = mentions(in: analyzed)
        return DocumentExtraction(id: raw.id, metadata: raw.metadata, contentHash: contentHash,
                                  sourceLength: analyzed.document.sourceScalars.count, mentions: found,
                                  relations: relations?.relations(in: analyzed.document, mentions: found) ?? [])
    }
}
