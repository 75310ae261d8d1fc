import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct LexiconLoadingTests {
    @Test func bundledLexiconsLoad() throws {
        let lexicon = try Lexicon.bundled()
        let provinces = lexicon.entries(labeled: .place).filter { $0.origin.hasPrefix("places-th-provinces.tsv") }
        #expect(provinces.count == 77)
        #expect(lexicon.entries(labeled: .place).contains { $0.name == "พะเยา" && $0.english == "Phayao" })
    }

    @Test func userLexiconAddsEntriesWithoutRebuilding() throws {
        let path = Repository.path("fixtures/lexicons/user-places.tsv")
        let text = "ชาวบ้านที่ บ้านหนองหอยทดสอบ ต่างพากันดีใจ"
        let extract = { (lexicon: Lexicon) throws -> [String] in
            let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: lexicon))
            return pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
                .filter { $0.label == .place }.map(\.text)
        }
        #expect(try extract(Lexicon.bundled()).contains("บ้านหนองหอยทดสอบ") == false)
        #expect(try extract(Lexicon.standard(adding: [path])) == ["บ้านหนองหอยทดสอบ"])
    }

    @Test func userPersonEntryIsFound() throws {
        let lexicon = try Lexicon.standard(adding: [Repository.path("fixtures/lexicons/user-places.tsv")])
        let found = try personMentions("เมื่อวานนี้ ซีซาร์ ทดสอบนาม เดินทางมาถึง", lexicon: lexicon)
        #expect(found.map(\.text) == ["ซีซาร์ ทดสอบนาม"])
        #expect(found.first?.person?.family == "ทดสอบนาม")
    }

    @Test func badUserLexiconNamesFileAndLine() {
        let path = Repository.path("fixtures/lexicons/bad-line.tsv")
        #expect {
            _ = try Lexicon.standard(adding: [path])
        } throws: { error in
            "\(error)".contains("bad-line.tsv:1")
        }
        #expect(throws: InputError.self) { _ = try Lexicon.standard(adding: ["/nonexistent/lexicon.tsv"]) }
    }
}
