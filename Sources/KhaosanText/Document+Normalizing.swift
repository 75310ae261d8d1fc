extension Document {
    /// A document built from its source text, normalised with `normalizer`.
    public init(id: String, metadata: DocumentMetadata = DocumentMetadata(), source: String,
                normalizer: TextNormalizer = TextNormalizer()) {
        let sourceScalars = ScalarDecoder.scalars(of: source)
        let normalized = normalizer.normalize(source, scalars: sourceScalars)
        self.id = id
        self.metadata = metadata
        self.source = source
        self.text = normalized.text
        self.sourceScalars = sourceScalars
        self.textScalars = normalized.scalars
        self.offsetMap = normalized.offsetMap
    }
}
