/// Splits Thai news text into sentences/clauses (ICU's Thai sentence breaker
/// is unusable on news: DESIGN §3).
///
/// TODO(normalise): spaces between Thai runs, abbreviations. Newlines only for now.
public enum ClauseSplitter {
    /// Clause ranges (scalar offsets of the normalised text), in order, without
    /// the separating whitespace.
    public static func clauses(of scalars: [Unicode.Scalar], tokens: [Token]) -> [ScalarRange] {
        var result: [ScalarRange] = []
        var start = 0
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
            if i > start { result.append(ScalarRange(start, i)) }
            start = i + 1
        }
        if scalars.count > start { result.append(ScalarRange(start, scalars.count)) }
        return result
    }
}
