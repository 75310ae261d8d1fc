extension Document {
    /// A document built from its source text, normalised with `normalizer`.
    public init(id: String, metadata: DocumentMetadata = DocumentMetadata(), source: String,
                normalizer: TextNormalizer = TextNormalizer()) {
        let normalized = normalizer.normalize(source)
        self.init(id: id, metadata: metadata, source: source, text: normalized.text,
                  offsetMap: normalized.offsetMap)
    }
}
