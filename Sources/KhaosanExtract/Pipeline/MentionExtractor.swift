import KhaosanCore

/// A stage that finds mentions in an analysed document.
///
/// Extractors run in pipeline order; each sees the mentions found by the
/// stages before it (`earlier`), so it can avoid or extend them. Ranges, of the
/// returned mentions and of `earlier`, are scalar offsets of the **normalised** text;
/// the pipeline maps them to the source once (`AnalyzedDocument.sourceMention`).
public protocol MentionExtractor: Sendable {
    /// A short stable name, e.g. `dates`.
    var name: String { get }
    /// The labels this stage can produce.
    var labels: Set<MentionLabel> { get }
    /// Whether a BOM or zero-width space right after one of its spans in the source belongs
    /// to the span (the ThaiNER convention for names); false unless an extractor says so.
    var includesInvisibleTail: Bool { get }
    /// New mentions found in `document`.
    func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention]
}

extension MentionExtractor {
    public var includesInvisibleTail: Bool { false }
}
