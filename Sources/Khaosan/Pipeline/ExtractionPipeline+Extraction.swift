extension ExtractionPipeline {
    /// The per-document result for `raw`: mentions (after overlap resolution) and
    /// the relations `relations` finds between them. Sequential glue; the batch
    /// engine may produce the same records in parallel.
    public func extraction(of raw: RawDocument, relations: RelationExtractor) throws -> DocumentExtraction {
        let analyzed = try analyze(raw)
        let found = mentions(in: analyzed)
        return DocumentExtraction(
            id: raw.id, metadata: raw.metadata, contentHash: SHA256.hex(raw.source.utf8),
            sourceLength: analyzed.document.sourceScalars.count, mentions: found,
            relations: relations.relations(in: analyzed.document, mentions: found))
    }
}
