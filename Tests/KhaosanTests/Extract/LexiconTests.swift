import Testing
@testable import Khaosan

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
        #expect(throws: LexiconError.self) { try Lexicon(parsing: "ORG\tก\nTHING\tข\n", origin: "x.tsv") }
        do { _ = try Lexicon(parsing: "ORG\tก\nTHING\tข\n", origin: "x.tsv") } catch let error as LexiconError {
            #expect(error.origin == "x.tsv:2")
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
}
