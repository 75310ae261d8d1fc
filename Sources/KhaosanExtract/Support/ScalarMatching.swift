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
}
