import KhaosanCore
import KhaosanText

extension AnalyzedDocument {
    /// Whether normalised range `range` overlaps none of the ranges of `mentions`, an index of
    /// mention ranges in source offsets (`SpanOverlapIndex(earlier.map(\.range))`).
    func isFree(_ range: ScalarRange, of mentions: SpanOverlapIndex) -> Bool {
        !mentions.overlapsAny(document.offsetMap.sourceRange(range))
    }

    /// A mention over normalised `textRange`, extended over a BOM or zero-width space that
    /// directly follows it in the source: ThaiNER keeps such marks inside the span.
    func mentionKeepingInvisibleTail(textRange: ScalarRange, label: MentionLabel, source: String,
                                     confidence: Double) -> Mention {
        var mention = mention(textRange: textRange, label: label, source: source, confidence: confidence)
        let scalars = document.sourceScalars
        var end = mention.range.end
        if end < scalars.count, ScalarClass.isInvisible(scalars[end]) { end += 1 }
        if end != mention.range.end {
            mention.range = ScalarRange(mention.range.start, end)
            mention.text = document.sourceText(mention.range)
        }
        return mention
    }
}
