import KhaosanCore

extension Document {
    /// A document built from its source text, normalised with `normalizer`.
    public init(id: String, metadata: DocumentMetadata = DocumentMetadata(), source: String,
                normalizer: TextNormalizer = TextNormalizer()) {
        let sourceScalars = ScalarDecoder.scalars(of: source)
        let normalized = normalizer.normalize(source, scalars: sourceScalars)
        self.init(id: id, metadata: metadata, source: source, sourceScalars: sourceScalars,
                  text: normalized.text, textScalars: normalized.scalars, offsetMap: normalized.offsetMap)
    }
}
