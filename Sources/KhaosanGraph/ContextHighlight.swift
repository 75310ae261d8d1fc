/// Cuts an edit's sentence (`GraphDiffReport.Context`) into pieces of plain text and
/// highlighted mentions, by Unicode scalar offsets, for the markdown, text and HTML diffs.
/// Spans outside the sentence are left out; a span inside an earlier one (nested mentions)
/// is not highlighted separately.
enum ContextHighlight {
    struct Piece: Equatable {
        var text: String
        /// The mention this piece is, nil for plain text.
        var span: GraphDiffReport.Span?
    }

    static func pieces(_ context: GraphDiffReport.Context, _ spans: [GraphDiffReport.Span]) -> [Piece] {
        let scalars = Array(context.text.unicodeScalars)
        func text(_ a: Int, _ b: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[max(0, a)..<min(scalars.count, max(a, b))])
            return String(s)
        }
        var pieces: [Piece] = []
        var at = 0
        for span in spans.sorted() {
            let a = span.start - context.start, b = span.end - context.start
            guard a >= at, b <= scalars.count, a < b else { continue }
            if a > at { pieces.append(Piece(text: text(at, a), span: nil)) }
            pieces.append(Piece(text: text(a, b), span: span))
            at = b
        }
        if at < scalars.count { pieces.append(Piece(text: text(at, scalars.count), span: nil)) }
        return pieces
    }
}
