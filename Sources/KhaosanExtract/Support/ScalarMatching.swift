import KhaosanText

extension Array where Element == Unicode.Scalar {
    /// Whether `word` is written at `[offset, offset + word.count)` (no allocation).
    func matches(_ word: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= count else { return false }
        for k in word.indices where self[offset + k] != word[k] { return false }
        return true
    }

    /// Whether `word` ends right before `offset`.
    func matches(_ word: [Unicode.Scalar], endingAt offset: Int) -> Bool {
        matches(word, at: offset - word.count)
    }

    /// `offset` moved back over at most `max` word spaces (space, tab, no-break space) before it.
    func skippingWordSpaces(backwardFrom offset: Int, max: Int) -> Int {
        var position = offset, skipped = 0
        while position > 0, skipped < max, ScalarClass.isWordSpace(self[position - 1]) { position -= 1; skipped += 1 }
        return position
    }

    /// `offset` moved forward over at most `max` word spaces (space, tab, no-break space) from it.
    func skippingWordSpaces(forwardFrom offset: Int, max: Int) -> Int {
        var position = offset, skipped = 0
        while position < count, skipped < max, ScalarClass.isWordSpace(self[position]) { position += 1; skipped += 1 }
        return position
    }
}
