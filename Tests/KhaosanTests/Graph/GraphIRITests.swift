import Testing
@testable import Khaosan

@Suite struct GraphIRITests {
    @Test func entityIRIsAreASCIISlugPlusAHashOfLabelAndKey() throws {
        let iri = GraphIRI(base: "https://kg.example/th")
        let id = iri.entity(label: .organization, key: "มหาวิทยาลัยพะเยา", transliterator: try Transliterator())
        #expect(id.hasPrefix("https://kg.example/th/org/mhawithyalay"))
        #expect(id.unicodeScalars.allSatisfy { $0.isASCII })
        // Same key under another label is another thing.
        #expect(iri.entity(label: .place, key: "มหาวิทยาลัยพะเยา", transliterator: nil).hasSuffix(String(id.suffix(12))) == false)
        // The hash part depends on the key only: fixed FNV-1a values.
        #expect(GraphIRI.hash("") == "cbf29ce48422")
        #expect(GraphIRI.hash("ORG|x") == GraphIRI.hash("ORG|x"))
    }

    @Test func documentsAndMentionsUseRFC5147Fragments() {
        let iri = GraphIRI()
        #expect(iri.document("a b/ค") == "https://example.org/khaosan/doc/a%20b%2F%E0%B8%84")
        #expect(iri.mention(document: "d1", start: 3, end: 9) == "https://example.org/khaosan/doc/d1#char=3,9")
    }

    @Test func datesAreNamedByTheirValue() {
        let iri = GraphIRI()
        #expect(iri.entity(label: .date, key: "v:2023-11-16/2023-11-18", transliterator: nil)
                == "https://example.org/khaosan/date/2023-11-16_2023-11-18")
        #expect(iri.entity(label: .date, key: "v:2019~late", transliterator: nil) == "https://example.org/khaosan/date/2019~late")
    }
}
