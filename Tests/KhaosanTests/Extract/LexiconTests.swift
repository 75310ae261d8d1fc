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
}
