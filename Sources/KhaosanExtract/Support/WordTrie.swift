import KhaosanCore

/// A bundled word list (`BundledList`, one entry a line) held in
/// a `ScalarTrie` for matching at scalar offsets.
package struct WordTrie: Sendable {
    let words: [String]
    private let trie: ScalarTrie

    init(words: [String]) {
        self.words = words
        var trie = ScalarTrie()
        for (i, word) in words.enumerated() { trie.insert(word, payload: i) }
        self.trie = trie.compacted()
    }

    /// The bundled word list `list` (see `BundledResources.requiredWordList`).
    static func bundled(_ list: BundledList) -> WordTrie {
        WordTrie(words: BundledResources.requiredWordList(list))
    }

    /// Every entry starting at `start`: end offsets, shortest first.
    package func matchEnds(in scalars: [Unicode.Scalar], at start: Int) -> [Int] {
        trie.matches(in: scalars, at: start).map(\.end)
    }

    /// End of the longest entry starting at `start`.
    func longestMatch(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var found: Int?
        trie.forEachMatch(in: scalars, at: start) { end, _ in
            found = end
            return true
        }
        return found
    }

    /// Whether an entry starts at `start` and ends where `isEnd` accepts.
    func hasMatch(in scalars: [Unicode.Scalar], at start: Int, endingWhere isEnd: (Int) -> Bool) -> Bool {
        var found = false
        trie.forEachMatch(in: scalars, at: start) { end, _ in
            found = isEnd(end)
            return !found
        }
        return found
    }
}
