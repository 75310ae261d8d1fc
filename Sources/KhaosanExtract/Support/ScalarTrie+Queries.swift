import KhaosanCore

/// The query shapes the extractors use, all built on `ScalarTrie.forEachMatch`.
/// Offsets are Unicode scalar offsets of the searched array; ends are exclusive.
extension ScalarTrie {
    /// A compacted trie of the bundled word list `list` (see `BundledResources.requiredWordList`),
    /// each word's payload its line index.
    static func bundled(_ list: BundledList) -> ScalarTrie {
        ScalarTrie(words: BundledResources.requiredWordList(list))
    }

    /// Every stored key that starts at `start` in `scalars`: (end offset, payloads),
    /// shortest first.
    public func matches(in scalars: [Unicode.Scalar], at start: Int) -> [(end: Int, payloads: ArraySlice<Int>)] {
        var result: [(end: Int, payloads: ArraySlice<Int>)] = []
        forEachMatch(in: scalars, at: start) { end, payloads in
            result.append((end, payloads))
            return true
        }
        return result
    }

    /// The longest stored key starting at `start`, if any: its end offset and payloads.
    public func longestMatch(in scalars: [Unicode.Scalar], at start: Int) -> (end: Int, payloads: ArraySlice<Int>)? {
        var found: (end: Int, payloads: ArraySlice<Int>)?
        forEachMatch(in: scalars, at: start) { end, payloads in
            found = (end, payloads)
            return true
        }
        return found
    }

    /// The end offset of the longest stored key starting at `start`, if any.
    @inline(__always)
    public func longestMatchEnd(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var found: Int?
        forEachMatchEnd(in: scalars, at: start) { end in
            found = end
            return true
        }
        return found
    }

    /// The end offsets of every stored key starting at `start`, shortest first.
    public func matchEnds(in scalars: [Unicode.Scalar], at start: Int) -> [Int] {
        var ends: [Int] = []
        forEachMatchEnd(in: scalars, at: start) { end in
            ends.append(end)
            return true
        }
        return ends
    }

    /// Whether a stored key starts at `start` and ends where `isEnd` accepts.
    public func hasMatch(in scalars: [Unicode.Scalar], at start: Int, endingWhere isEnd: (Int) -> Bool) -> Bool {
        var found = false
        forEachMatchEnd(in: scalars, at: start) { end in
            found = isEnd(end)
            return !found
        }
        return found
    }

    /// The payloads stored with exactly `key`, or nil when `key` is not stored.
    public func lookup(_ key: String) -> ArraySlice<Int>? {
        let scalars = Array(key.unicodeScalars)
        var found: ArraySlice<Int>?
        forEachMatch(in: scalars, at: 0) { end, payloads in
            if end == scalars.count { found = payloads }
            return true
        }
        return found
    }
}
