import KhaosanCore
import KhaosanText

/// A document with the results of the text stages, handed to every extractor.
///
/// While a document is analysed every span is in scalar offsets of the **normalised**
/// text (`Document.text`): tokens, clauses, and the mentions extractors return and see
/// as `earlier`. They are mapped to source offsets once, by `sourceMention(_:includingInvisibleTail:)`,
/// when the pipeline makes them the document's mentions.
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

    /// A mention over normalised range `textRange` (kept in normalised offsets), whose
    /// surface `text` is the source text that range came from, verbatim.
    public func mention(textRange: ScalarRange, label: MentionLabel, source: String,
                        value: String? = nil, confidence: Double = 1.0) -> Mention {
        Mention(range: textRange, label: label, text: document.sourceText(document.offsetMap.sourceRange(textRange)),
                value: value, confidence: confidence, source: source)
    }

    /// `mention`, made by an extractor over this document (normalised offsets), with its
    /// range mapped to scalar offsets of the source text. With `includingInvisibleTail`, a
    /// BOM or zero-width space that directly follows the span in the source is kept inside
    /// it (ThaiNER keeps such marks inside PERSON and PLACE spans; normalisation deleted them).
    public func sourceMention(_ mention: Mention, includingInvisibleTail: Bool) -> Mention {
        var mapped = mention
        mapped.range = document.offsetMap.sourceRange(mention.range)
        if includingInvisibleTail {
            let scalars = document.sourceScalars
            let end = mapped.range.end
            if end < scalars.count, ScalarClass.isInvisible(scalars[end]) {
                mapped.range = ScalarRange(mapped.range.start, end + 1)
                mapped.text = document.sourceText(mapped.range)
            }
        }
        return mapped
    }
}
