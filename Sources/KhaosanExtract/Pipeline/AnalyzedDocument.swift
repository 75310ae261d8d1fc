import KhaosanCore

/// A document with the results of the text stages, handed to every extractor.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    /// ICU word tokens; ranges are scalar offsets of the normalised text.
    public let tokens: [Token]
    /// Sentences/clauses; ranges are scalar offsets of the normalised text.
    public let clauses: [ScalarRange]

    public init(document: Document, tokens: [Token], clauses: [ScalarRange]) {
        self.document = document
        self.tokens = tokens
        self.clauses = clauses
    }

    /// A mention over normalised range `textRange`, mapped to source offsets,
    /// with the source text as its surface.
    public func mention(textRange: ScalarRange, label: MentionLabel, source: String,
                        value: String? = nil, confidence: Double = 1.0) -> Mention {
        let range = document.offsetMap.sourceRange(textRange)
        return Mention(range: range, label: label, text: document.sourceText(range),
                       value: value, confidence: confidence, source: source)
    }
}
