import KhaosanCore

/// A stage that finds mentions in an analysed document.
///
/// Extractors run in pipeline order; each sees the mentions found by the
/// stages before it (`earlier`), so it can avoid or extend them. Returned
/// ranges are scalar offsets of the **source** text.
public protocol MentionExtractor: Sendable {
    /// A short stable name, e.g. `dates`.
    var name: String { get }
    /// The labels this stage can produce.
    var labels: Set<MentionLabel> { get }
    /// New mentions found in `document`.
    func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention]
}
