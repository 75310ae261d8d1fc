import KhaosanCore
import KhaosanIO
import KhaosanText

/// Gives each mention edit of a diff its sentence, read from the articles' source text (the
/// inputs the graphs were built from: `khaosan diff --source corpus/`). The graph holds
/// offsets and quotes only, so without the sources a diff shows mentions, not sentences.
/// The sources are streamed (`DocumentReader`); only the articles with edits are split
/// into sentences (`ClauseSplitter`). A sentence longer than `maxLength` scalars is cut
/// to a window around the edit.
public enum DiffSentences {
    /// Sets `context` on every edit whose article is in `sources` and whose mentions' quotes
    /// match the source text there (an article edited since the graph was built is skipped).
    /// Returns the ids of the changed articles not found in the sources, sorted.
    @discardableResult
    public static func attach(to report: inout GraphDiffReport, sources: [String], maxLength: Int = 360) throws -> [String] {
        var index: [String: Int] = [:]
        for (i, article) in report.articles.enumerated() { index[article.document] = i }
        var found = Set<String>()
        try DocumentReader(paths: sources).forEach { item in
            guard case .document(let document) = item, let i = index[document.id], !found.contains(document.id) else { return }
            found.insert(document.id)
            let scalars = Array(document.source.unicodeScalars)
            let sentences = ClauseSplitter.sentences(of: scalars)
            for e in report.articles[i].edits.indices {
                report.articles[i].edits[e].context = context(of: report.articles[i].edits[e], scalars, sentences, maxLength)
            }
        }
        return index.keys.filter { !found.contains($0) }.sorted()
    }

    static func context(of edit: GraphDiffReport.MentionEdit, _ scalars: [Unicode.Scalar], _ sentences: [ScalarRange],
                        _ maxLength: Int) -> GraphDiffReport.Context? {
        let spans = edit.before + edit.after
        guard let lo = spans.map(\.start).min(), let hi = spans.map(\.end).max(), lo >= 0, hi <= scalars.count else { return nil }
        func text(_ a: Int, _ b: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[a..<b])
            return String(view)
        }
        guard spans.allSatisfy({ $0.start < $0.end && text($0.start, $0.end) == $0.text }) else { return nil }
        let around = sentences.filter { $0.start < hi && lo < $0.end }
        let sentenceStart = around.first.map { min($0.start, lo) } ?? lo, sentenceEnd = around.last.map { max($0.end, hi) } ?? hi
        var start = sentenceStart, end = sentenceEnd
        if end - start > maxLength {
            let margin = max(0, (maxLength - (hi - lo)) / 2)
            start = max(start, lo - margin)
            end = min(end, hi + margin)
        }
        return GraphDiffReport.Context(start: start, end: end, text: text(start, end),
                                       cutBefore: start > sentenceStart, cutAfter: end < sentenceEnd)
    }
}
