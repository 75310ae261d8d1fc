import KhaosanCore

/// Cuts a long text into parts of at most `maxBytes` UTF-8 bytes each (at least 64), at the
/// best boundary in the last half of each part: after a line break (paragraph), else after a
/// space (Thai separates sentences with spaces, other scripts end them with one), else before
/// any scalar that starts a character (never before a combining mark, never inside CR LF). Offsets are Unicode scalar
/// offsets of the source text; the parts are consecutive and cover it exactly.
public enum DocumentCutter {
    /// The scalar ranges of the parts of `scalars` (one range when it fits in `maxBytes`).
    public static func parts(of scalars: [Unicode.Scalar], maxBytes: Int) -> [ScalarRange] {
        let limit = max(maxBytes, 64)
        var parts: [ScalarRange] = []
        var start = 0
        while start < scalars.count {
            // The furthest end that fits, and the middle of the part.
            var bytes = 0, end = start
            while end < scalars.count {
                let size = UTF8.width(scalars[end])
                if bytes + size > limit { break }
                bytes += size
                end += 1
            }
            if end < scalars.count { end = cut(scalars, from: start + (end - start) / 2, to: end) }
            parts.append(ScalarRange(start, end))
            start = end
        }
        return parts
    }

    /// The best cut in `(low, high]`: after the last line break, else after the last space,
    /// else the last offset that starts a character.
    static func cut(_ s: [Unicode.Scalar], from low: Int, to high: Int) -> Int {
        var space: Int?
        var k = high
        while k > low {
            let previous = s[k - 1]
            if previous == "\n" || (previous == "\r" && s[k] != "\n") { return k }
            if space == nil, previous == " " || previous == "\t" { space = k }
            k -= 1
        }
        if let space { return space }
        k = high
        while k > low, !startsCharacter(s, at: k) { k -= 1 }
        return k > low ? k : high
    }

    /// Whether a character may start at `k`: not a combining mark (Thai vowels above and
    /// below and tone marks are marks), not the LF of a CR LF.
    static func startsCharacter(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        if s[k] == "\n" && k > 0 && s[k - 1] == "\r" { return false }
        switch s[k].properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return s[k].value != 0x200D   // zero-width joiner binds its neighbours
        }
    }
}
