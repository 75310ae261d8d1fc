import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct LexiconTests {
    @Test func parsesColumnsAndComments() throws {
        let text = "# comment\nORG\tองค์การยูเนสโก\tยูเนสโก|UNESCO\ten=UNESCO;wikidata=Q7809\nPLACE\tพะเยา\n"
        let lexicon = try Lexicon(parsing: text, origin: "t.tsv")
        #expect(lexicon.entries.count == 2)
        #expect(lexicon.entries[0].aliases == ["ยูเนสโก", "UNESCO"])
        #expect(lexicon.entries[0].wikidata == "Q7809")
        #expect(lexicon.entries[1].label == .place && lexicon.entries[1].aliases.isEmpty)
        #expect(lexicon.entries[1].origin == "t.tsv:3")
    }

    @Test func rejectsUnknownLabelWithItsLine() {
        #expect(throws: InputError.self) { try Lexicon(parsing: "ORG\tก\nTHING\tข\n", origin: "x.tsv") }
        do { _ = try Lexicon(parsing: "ORG\tก\nTHING\tข\n", origin: "x.tsv") } catch let error as InputError {
            #expect(error.location == "x.tsv:2")
        } catch { Issue.record("unexpected \(error)") }
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
}
