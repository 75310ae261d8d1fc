import Testing
@testable import Khaosan

/// Runs the place rules (with the bundled gazetteers) on one text.
func placeMentions(_ text: String) throws -> [Mention] {
    let pipeline = try ExtractionPipeline(extractors: [PlaceExtractor(lexicon: Lexicon.bundled())])
    return pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
}

@Suite struct PlaceExtractorTests {
    @Test func headsWithKnownNames() throws {
        // seed article 001
        let found = try placeMentions("ด้านการจัดการเมืองสร้างสรรค์ ณ กรุงฮานอย ประเทศเวียดนาม ในงาน ASEAN+ Creative Cities Forum 2023")
        #expect(found.map(\.text) == ["กรุงฮานอย", "ประเทศเวียดนาม"])
        #expect(found[1].value == "เวียดนาม")
        #expect(found[1].attributes["wikidata"] == "Q881")
    }

    @Test func placeInsideAnOrganisationNameIsNotItsOwnSpan() throws {
        // seed article 002: only the bare พะเยา after ชุมชน is a place.
        let found = try placeMentions("มหาวิทยาลัยพะเยา องค์การบริหารส่วนจังหวัดพะเยา เทศบาลเมืองพะเยา ชุมชนพะเยา และหน่วยบริหาร")
        #expect(found.map(\.text) == ["พะเยา"])
        #expect(found.first?.range == ScalarRange(69, 74))
    }

    @Test func unknownNamesAfterAdministrativeHeads() throws {
        // thainer-train: villages, sub-districts and districts no gazetteer lists.
        let found = try placeMentions("ที่บ้านดินจี่และบ้านโพนแพง ต.ดินจี่ อ.คำม่วง จ.กาฬสินธุ์ ซึ่งอยู่เชิงเขาภูพาน")
        #expect(found.map(\.text) == ["บ้านโพนแพง", "ต.ดินจี่", "อ.คำม่วง", "จ.กาฬสินธุ์"])
    }

    @Test func ambiguousProvinceNeedsAHead() throws {
        #expect(try placeMentions("ไม่มีปัญหาอะไรเลย").isEmpty)
        #expect(try placeMentions("เดินทางไปจังหวัดเลย เมื่อวาน").map(\.text) == ["จังหวัดเลย"])
    }

    @Test func nonPlaceContexts() throws {
        #expect(try placeMentions("รวม 382.51 ล้านเหรียญสหรัฐ").isEmpty)
        #expect(try placeMentions("ทางรัฐบาลกำหนดมาตรการ").isEmpty)
        #expect(try placeMentions("ชื่อ A/chicken/Thailand/231/2004").isEmpty)
    }

    @Test func facilityHeadsWithNumbers() throws {
        let found = try placeMentions("โดดจากบริเวณห้องน้ำ อาคาร 1 ชั้น 4 ของโรงแรมรามาการ์เด้นส์ เมื่อคืน")
        #expect(found.map(\.text).contains("โรงแรมรามาการ์เด้นส์"))
    }
}
