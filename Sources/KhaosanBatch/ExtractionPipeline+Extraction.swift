import KhaosanCore
import KhaosanIO
import KhaosanExtract

extension ExtractionPipeline {
    /// The per-document result of `raw`: analysis, mentions, and whatever else
    /// the per-document stages record. The single place the batch engine,
    /// `extract` and `build` get a `DocumentExtraction` from.
    ///
    /// Within `budget`: a text over `budget.maxBytes` is extracted in parts
    /// (`DocumentCutter`), the mentions and relations of each moved to source offsets of the
    /// whole text; over `budget.maxSeconds` it throws `DocumentBudgetExceeded`.
    /// - Parameter contentHash: hex SHA-256 of `raw.source` (UTF-8), already computed by the caller.
    public func extraction(of raw: RawDocument, contentHash: String) throws -> DocumentExtraction {
        let deadline = budget.deadline()
        guard raw.source.utf8.count > budget.maxBytes else {
            let (sourceLength, found, relations) = try extractionOfPart(raw, deadline: deadline, part: "")
            return DocumentExtraction(id: raw.id, metadata: raw.metadata, contentHash: contentHash,
                                      sourceLength: sourceLength, mentions: found, relations: relations)
        }
        let scalars = Array(raw.source.unicodeScalars)
        let parts = DocumentCutter.parts(of: scalars, maxBytes: budget.maxBytes)
        var mentions: [Mention] = [], relations: [RelationFact] = []
        for (k, range) in parts.enumerated() {
            let source = String(String.UnicodeScalarView(scalars[range.start..<range.end]))
            let part = RawDocument(id: raw.id, metadata: raw.metadata, source: source)
            let found = try extractionOfPart(part, deadline: deadline, part: ", part \(k + 1) of \(parts.count)")
            let shift = range.start
            mentions += found.mentions.map { mention in
                var moved = mention
                moved.range = ScalarRange(mention.range.start + shift, mention.range.end + shift)
                return moved
            }
            relations += found.relations.map { fact in
                var moved = fact
                moved.subject = ScalarRange(fact.subject.start + shift, fact.subject.end + shift)
                moved.object = fact.object.map { ScalarRange($0.start + shift, $0.end + shift) }
                return moved
            }
        }
        return DocumentExtraction(id: raw.id, metadata: raw.metadata, contentHash: contentHash,
                                  sourceLength: scalars.count, mentions: mentions, relations: relations)
    }

    /// Source length (scalars), mentions and relations of one document or part; `part` names
    /// it in a time-limit error.
    private func extractionOfPart(_ raw: RawDocument, deadline: DocumentBudget.Deadline,
                                  part: String) throws -> (sourceLength: Int, mentions: [Mention], relations: [RelationFact]) {
        let analyzed = try analyze(raw)
        try deadline.check("after analysis\(part)")
        let (found, relations) = try run(analyzed, deadline: deadline, part: part)
        return (analyzed.document.sourceScalars.count, found, relations)
    }
}
