import KhaosanCore

/// Which scalar offsets of a normalised text are ICU word boundaries.
///
/// Offsets are Unicode scalar offsets of the normalised text; 0 and the text
/// length are always boundaries.
package struct TokenBoundaries: Sendable {
    private var flags: [Bool]

    package init(tokens: [Token], length: Int) {
        flags = [Bool](repeating: false, count: length + 1)
        flags[0] = true
        flags[length] = true
        for token in tokens where token.range.end <= length {
            flags[token.range.start] = true
            flags[token.range.end] = true
        }
    }

    /// Whether a word boundary falls at `offset` (offsets outside the text are not).
    package func contains(_ offset: Int) -> Bool {
        offset >= 0 && offset < flags.count && flags[offset]
    }
}
