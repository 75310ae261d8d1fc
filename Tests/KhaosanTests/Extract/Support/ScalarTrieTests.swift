import Testing
@testable import Khaosan
@testable import KhaosanExtract

/// The text-matching kernel: every query shape the extractors use, on Thai, Latin and
/// scalars past the root table, before and after compaction.
@Suite struct ScalarTrieTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func longestMatchPrefersTheLongestKeyAndReportsItsPayloads() {
        let trie = ScalarTrie(words: ["นาง", "นางสาว", "นาย"])
        let text = scalars("นางสาวญภา")
        #expect(trie.longestMatchEnd(in: text, at: 0) == 6)
        #expect(trie.longestMatch(in: text, at: 0)?.payloads == [1])
        #expect(trie.longestMatchEnd(in: scalars("นางฟ้า"), at: 0) == 3)
        #expect(trie.longestMatchEnd(in: text, at: 1) == nil)
        #expect(trie.matchEnds(in: text, at: 0) == [3, 6])
    }

    /// Keys that share prefixes and keys that overlap in the text: every key starting at an
    /// offset is found, shortest first, each with the payloads of all lists holding it.
    @Test func overlappingEntriesAreAllFoundWithEveryPayload() {
        var trie = ScalarTrie()
        for (list, entries) in [["จ.", "จ.เชียงใหม่"], ["เชียงใหม่", "จ."], ["x"], []].enumerated() {
            for entry in entries { trie.insert(entry, payload: list) }
        }
        trie.insert("จ.", payload: 0)  // a payload is kept once per key
        let text = scalars("ที่จ.เชียงใหม่")
        let found = trie.matches(in: text, at: 3)
        #expect(found.map(\.end) == [5, 14])
        #expect(found.map { Array($0.payloads) } == [[0, 1], [0]])
        #expect(trie.matches(in: text, at: 5).map(\.end) == [14])
        #expect(trie.matches(in: text, at: 5).first?.payloads == [1])
        #expect(trie.matches(in: text, at: 0).isEmpty)
        #expect(trie.hasMatch(in: text, at: 3, endingWhere: { $0 > 5 }))
        #expect(!trie.hasMatch(in: text, at: 3, endingWhere: { $0 == 6 }))
    }

    /// Thai vowels and tone marks are scalars of their own: a key without the mark does not
    /// match text with it, a key ending before a mark still matches (boundaries are the
    /// caller's), and ends are scalar offsets, not grapheme offsets.
    @Test func thaiCombiningMarksAreScalarsOfTheirOwn() {
        let trie = ScalarTrie(words: ["นา", "น่าน", "ไม้"])
        #expect(trie.longestMatchEnd(in: scalars("น่าน"), at: 0) == 4)
        #expect(trie.matchEnds(in: scalars("น่าน"), at: 0) == [4])
        #expect(trie.longestMatchEnd(in: scalars("นาน"), at: 0) == 2)
        #expect(trie.longestMatchEnd(in: scalars("ไม้ไผ่"), at: 0) == 3)
        #expect(trie.longestMatchEnd(in: scalars("ไมไผ่"), at: 0) == nil)
        #expect("น่าน".count < "น่าน".unicodeScalars.count)
    }

    @Test func emptyInputEmptyKeysAndOutOfRangeOffsetsMatchNothing() {
        var trie = ScalarTrie(words: ["ก", ""])
        trie.insert("", payload: 7)
        #expect(trie.matches(in: [], at: 0).isEmpty)
        #expect(trie.longestMatchEnd(in: scalars("ก"), at: 1) == nil)
        #expect(trie.longestMatchEnd(in: scalars("ก"), at: -1) == nil)
        #expect(trie.lookup("") == nil)
        #expect(ScalarTrie().longestMatch(in: scalars("ก"), at: 0) == nil)
    }

    @Test func exactLookupAndForEachMatchStoppingEarly() {
        let trie = ScalarTrie(words: ["ก", "กข", "กขค"])
        #expect(trie.lookup("กข") == [1])
        #expect(trie.lookup("กขคง") == nil && trie.lookup("ข") == nil)
        var seen: [Int] = []
        trie.forEachMatch(in: scalars("กขค"), at: 0) { end, payloads in
            seen.append(end)
            return payloads != [1]
        }
        #expect(seen == [1, 2])
        var ends: [Int] = []
        trie.forEachMatchEnd(in: scalars("กขค"), at: 0) { end in
            ends.append(end)
            return end < 2
        }
        #expect(ends == [1, 2])
    }

    @Test func foldingASCIICaseMatchesCapitalsWithoutMovingOffsets() {
        var trie = ScalarTrie(foldingASCIICase: true)
        trie.insert("Sept.", payload: 0)
        trie.insert("MAY", payload: 1)
        #expect(trie.longestMatch(in: scalars("x sEPT. 1"), at: 2)?.end == 7)
        #expect(trie.longestMatch(in: scalars("may"), at: 0)?.payloads == [1])
        #expect(trie.lookup("may") == [1])
        #expect(ScalarTrie(words: ["May"]).longestMatchEnd(in: scalars("may"), at: 0) == nil)
    }
    @Test func trieFindsAllMatchesShortestFirst() {
        var trie = ScalarTrie()
        trie.insert("มหาวิทยาลัย", payload: 0)
        trie.insert("มหาวิทยาลัยพะเยา", payload: 1)
        let scalars = Array("ที่มหาวิทยาลัยพะเยา".unicodeScalars)
        let found = trie.matches(in: scalars, at: 3)
        #expect(found.map(\.end) == [14, 19])
        #expect(found.last?.payloads == [1])
        #expect(trie.matches(in: scalars, at: 0).isEmpty)
    }

    /// Nodes with many children index Thai children directly; lookups must agree with
    /// a plain scan, for Thai and non-Thai edges inserted before and after that switch.
    @Test func trieWithWideNodesMatchesEveryKey() {
        let keys = ["กข", "กค", "กง", "กจ", "กฉ", "กช", "กa", "กé", "กญ", "ก", "ข", "กขค", "กฮ", "ก中"]
        var trie = ScalarTrie()
        for (i, key) in keys.enumerated() { trie.insert(key, payload: i) }
        for (i, key) in keys.enumerated() {
            let scalars = Array(("x" + key + "ฯ").unicodeScalars)
            let ends = keys.indices.filter { scalars.count >= 1 + keys[$0].unicodeScalars.count
                && Array(scalars[1..<(1 + keys[$0].unicodeScalars.count)]) == Array(keys[$0].unicodeScalars) }
                .map { 1 + keys[$0].unicodeScalars.count }.sorted()
            #expect(trie.matches(in: scalars, at: 1).map(\.end) == ends, "\(key)")
            #expect(trie.longestMatch(in: scalars, at: 1)?.payloads == [i], "\(key)")
        }
        #expect(trie.matches(in: Array("กซ".unicodeScalars), at: 0).map(\.end) == [1])
    }

    @Test func forEachMatchStopsWhenAsked() {
        var trie = ScalarTrie()
        for (i, key) in ["ก", "กข", "กขค"].enumerated() { trie.insert(key, payload: i) }
        let scalars = Array("กขค".unicodeScalars)
        var seen: [Int] = []
        trie.forEachMatch(in: scalars, at: 0) { end, payloads in
            seen.append(end)
            return payloads != [1]
        }
        #expect(seen == [1, 2])
    }

    /// The compacted trie finds the same matches as the one it came from, and inserting
    /// into it afterwards (into nodes of every width) still works.
    @Test func compactedTrieMatchesTheOriginal() {
        let keys = ["กข", "กค", "กง", "กจ", "กฉ", "กช", "กa", "กé", "กญ", "ก", "ข", "กขค", "กฮ", "ก中", "中文", "abc", "ab"]
        var trie = ScalarTrie()
        for (i, key) in keys.enumerated() { trie.insert(key, payload: i) }
        var compact = trie.compacted()
        let text = Array("xกขคกฮ中文abcกé กญกa".unicodeScalars)
        for start in text.indices {
            #expect(compact.matches(in: text, at: start).map(\.end) == trie.matches(in: text, at: start).map(\.end))
            #expect(compact.matches(in: text, at: start).map(\.payloads) == trie.matches(in: text, at: start).map(\.payloads))
        }
        for (i, key) in ["กซ", "กขง", "中", "abd", "ข"].enumerated() { compact.insert(key, payload: 100 + i) }
        #expect(compact.matches(in: Array("กซ".unicodeScalars), at: 0).map(\.end) == [1, 2])
        #expect(compact.longestMatch(in: Array("กขงx".unicodeScalars), at: 0)?.payloads == [101])
        #expect(compact.longestMatch(in: Array("กขค".unicodeScalars), at: 0)?.payloads == [11])
        #expect(compact.longestMatch(in: Array("中文".unicodeScalars), at: 0)?.payloads == [14])
        #expect(compact.longestMatch(in: Array("中".unicodeScalars), at: 0)?.payloads == [102])
        #expect(compact.matches(in: Array("ข".unicodeScalars), at: 0).first?.payloads == [10, 104])
    }

    /// More than eight children per node and keys outside the root table (emoji, €).
    @Test func nodesWithManyChildrenAndScalarsPastThai() {
        let keys = (0..<40).map { "ก" + String(UnicodeScalar(0x0E01 + $0)!) } + ["😀a", "€"]
        let trie = ScalarTrie(words: keys)
        for (i, key) in keys.enumerated() {
            #expect(trie.longestMatch(in: scalars(key + " "), at: 0)?.end == key.unicodeScalars.count)
            #expect(trie.lookup(key) == [i])
        }
        #expect(trie.longestMatchEnd(in: scalars("กZ"), at: 0) == nil)
    }
}
