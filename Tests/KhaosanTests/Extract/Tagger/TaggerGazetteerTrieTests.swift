import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct TaggerGazetteerTrieTests {
    @Test func findsEveryEntryAtAPositionShortestFirstWithItsLists() {
        let trie = TaggerGazetteerTrie(entries: [["จ.", "จ.เชียงใหม่"], ["เชียงใหม่", "จ."], ["x"], []])
        let scalars = Array("ที่จ.เชียงใหม่".unicodeScalars)
        var found: [(Int, UInt32)] = []
        trie.forEachMatch(in: scalars, at: 3) { end, lists in found.append((end, lists)) }
        #expect(found.map(\.0) == [5, 14])
        #expect(found.map(\.1) == [0b11, 0b01])
        found = []
        trie.forEachMatch(in: scalars, at: 5) { end, lists in found.append((end, lists)) }
        #expect(found.map(\.0) == [14] && found.map(\.1) == [0b10])
        found = []
        trie.forEachMatch(in: scalars, at: 0) { end, lists in found.append((end, lists)) }
        #expect(found.isEmpty)
        #expect(trie.longestMatchEnd(in: scalars, at: 3) == 14)
        #expect(trie.longestMatchEnd(in: scalars, at: 4) == nil)
    }

    @Test func nodesWithManyChildrenAndScalarsPastThai() {
        // More than eight children per node (binary search) and keys outside the root table.
        let keys = (0..<40).map { "ก" + String(UnicodeScalar(0x0E01 + $0)!) } + ["😀a", "€"]
        let trie = TaggerGazetteerTrie(entries: [keys])
        for key in keys {
            #expect(trie.longestMatchEnd(in: Array((key + " ").unicodeScalars), at: 0) == key.unicodeScalars.count)
        }
        #expect(trie.longestMatchEnd(in: Array("กZ".unicodeScalars), at: 0) == nil)
    }
}
