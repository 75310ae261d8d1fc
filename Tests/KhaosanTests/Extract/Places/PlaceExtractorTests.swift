import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

/// Runs the place rules (with the bundled gazetteers) on one text.
func placeMentions(_ text: String) throws -> [Mention] {
    let pipeline = try ExtractionPipeline(extractors: [PlaceExtractor(lexicon: Lexicon.bundled())])
    return pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
}

@Suite struct PlaceExtractorTests {
    @Test func aRoomNamedAfterAnOrganisationIsOnePlace() throws {
        // ThaiNER gives "ห้องประชุมคณะรัฐมนตรี", "ตึกบัญชาการ 1" to PLACE whole; the standard pipeline
        // kept only the organisation inside before (150 such rooms and buildings in 2,000 thaigov articles).
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
        let text = "ณ ห้องประชุมกระทรวงเกษตรและสหกรณ์ ชั้น 2 และอาคารรัฐสภา 2 โดยกระทรวงเกษตรและสหกรณ์ได้"
        let found = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
        #expect(found.map(\.text) == ["ห้องประชุมกระทรวงเกษตรและสหกรณ์", "อาคารรัฐสภา 2", "กระทรวงเกษตรและสหกรณ์"])
        #expect(found.map(\.label) == [.place, .place, .organization])
        #expect(found.first?.source == "place.facility+org")
    }

    @Test func aConventionCentreIsAPlaceNotAnOrganisation() throws {
        // thaigov-91295 (public domain); ThaiNER labels "ศูนย์การประชุมแห่งชาติ" PLACE. The organisation
        // rules took 50 named convention and exhibition centres for ORGs in 2,000 thaigov articles.
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
        let text = "จัดงานระหว่างวันที่ 12 - 15 ธันวาคม 2567 ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ ซึ่งจัดโดยกระทรวงการคลัง"
        let found = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
        let venue = try #require(found.first { $0.text == "ศูนย์การประชุมแห่งชาติสิริกิติ์" })
        #expect(venue.label == .place)
        #expect(venue.source == "place.venue")
        #expect(found.contains { $0.text == "กระทรวงการคลัง" && $0.label == .organization })
        // Another ศูนย์ stays an organisation.
        let centre = "ศูนย์ดำรงธรรมจังหวัดพะเยา รับเรื่องร้องเรียน"
        let other = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "u", metadata: DocumentMetadata(), source: centre)))
        #expect(other.first?.label == .organization)
    }

    @Test func aPlaceNamingATreatyIsNoPlace() throws {
        // thaigov-99895 and others (public domain): the Paris Agreement, the Beijing and Kuala Lumpur declarations;
        // 37 such PLACEs in 2,000 thaigov articles. The city after ณ stays.
        let found = try placeMentions("ตามความตกลงปารีส และปฏิญญากรุงกัวลาลัมเปอร์ ณ กรุงกัวลาลัมเปอร์ และอนุสัญญาเจนีวา")
        #expect(found.map(\.text) == ["กรุงกัวลาลัมเปอร์"])
    }

    @Test func theKingdomInTheConstitutionsTitleIsNoPlace() throws {
        // thaigov-96838 (public domain): 39 such PLACEs in the last 2,000 thaigov articles; ThaiNER TRAIN tags
        // ราชอาณาจักรไทย in none of its 4 occurrences in the title. The kingdom named alone stays a place.
        let found = try placeMentions("ตามมาตรา 77 ของรัฐธรรมนูญแห่งราชอาณาจักรไทย และการเดินทางเข้าราชอาณาจักรไทย")
        #expect(found.map(\.range.start) == [61])
        #expect(found.map(\.text) == ["ราชอาณาจักรไทย"])
    }

    @Test func aHeadAndACommonNounIsNoPlace() throws {
        // thaigov-91770, thaigov-94588 (public domain): 26 such facility PLACEs in 2,000 thaigov articles;
        // ThaiNER labels "ถนนสายตากใบ" PLACE.
        let found = try placeMentions("ขยายผิวจราจรบนถนนสาย นม.3052 ไฟไหม้อาคารพาณิชย์ 3 ชั้น ริมถนนสายตากใบ")
        #expect(!found.contains { ["ถนนสาย", "อาคารพาณิชย์"].contains($0.text) })
        #expect(found.contains { $0.text == "ถนนสายตากใบ" })
    }

    @Test func headsWithKnownNames() throws {
        // seed article 001
        let found = try placeMentions("ด้านการจัดการเมืองสร้างสรรค์ ณ กรุงฮานอย ประเทศเวียดนาม ในงาน ASEAN+ Creative Cities Forum 2023")
        #expect(found.map(\.text) == ["กรุงฮานอย", "ประเทศเวียดนาม"])
        #expect(found[1].value == "เวียดนาม")
        #expect(found[1].attributes[MentionAttribute.wikidata] == "Q881")
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

    @Test func unknownNameAfterProvinceHeadNeedsAForeignPlace() throws {
        // thaigov-8330 (public domain): all 77 Thai provinces are known, so an unknown name after
        // จังหวัด is a foreign province, kept only where the article names a foreign place.
        let mie = "บีโอไอร่วมมือกับจังหวัดมิเอะ ประเทศญี่ปุ่น สร้างความร่วมมือ"
        #expect(try placeMentions(mie).map(\.text) == ["จังหวัดมิเอะ", "ประเทศญี่ปุ่น"])
        #expect(try placeMentions("บีโอไอร่วมมือกับจังหวัดมิเอะ สร้างความร่วมมือ").isEmpty)
        // thaigov-1066: "จังหวัดทุกจังหวัด" is every province, not a place named ทุก.
        let every = "ผมได้สั่งการให้กรมโรงงานอุตสาหกรรม (กรอ.) อุตสาหกรรมจังหวัดทุกจังหวัด และการนิคมอุตสาหกรรม"
        #expect(try placeMentions(every).allSatisfy { !$0.text.hasPrefix("จังหวัดทุก") })
    }

    @Test func commonWordAfterAdministrativeHeadIsNotAName() throws {
        // thaigov-902 (public domain): "นายอำเภอทุกแห่ง" is every district chief.
        let found = try placeMentions("โดยได้กำชับให้นายอำเภอทุกแห่งควบคุมกำกับดูแลในการสั่งการให้กำนัน")
        #expect(found.allSatisfy { !$0.text.hasPrefix("อำเภอ") })
        // ...while an unknown sub-district name still counts (thainer-train).
        #expect(try placeMentions("ที่บ้านดินจี่ ต.ดินจี่ อ.คำม่วง จ.กาฬสินธุ์").map(\.text).contains("ต.ดินจี่"))
    }

    @Test func pragueInsideAMisspelledWordIsNoPlace() throws {
        // Session-9 count over 2,000 thaigov articles (public domain): ปราก in ปรากฎ (a misspelling of ปรากฏ) 11 times.
        #expect(try placeMentions("ธนาคารของรัฐ ปรากฎการณ์ธรรมชาติ และข่าวที่ปรากฎว่า").isEmpty)
        // Prague itself, and Bangkok written กรุงเทพฯ (a `start:` word that is also a known name), stay.
        #expect(try placeMentions("การประชุมที่กรุงปราก สาธารณรัฐเช็ก").map(\.text).contains { $0.hasSuffix("ปราก") })
        #expect(try placeMentions("ณ กรุงเทพฯ เมื่อวันที่").map(\.text) == ["กรุงเทพฯ"])
    }

    @Test func partOfARegionIsOneName() throws {
        // Session-10 count over 2,000 thaigov articles (public domain): ภาคเหนือ|ตอนล่าง cut 26 times;
        // ThaiNER TRAIN spans "ภาคเหนือตอนบน", "ภาคใต้ตอนล่าง" whole (5 of 6).
        #expect(try placeMentions("ฝนตกหนักบริเวณภาคเหนือตอนล่าง และภาคตะวันออกเฉียงเหนือตอนบน").map(\.text)
                == ["ภาคเหนือตอนล่าง", "ภาคตะวันออกเฉียงเหนือตอนบน"])
        #expect(try placeMentions("จังหวัดในภาคอีสานตอนบน 12 จังหวัด").map(\.value) == ["ภาคตะวันออกเฉียงเหนือตอนบน"])
        // The whole region alone stays itself.
        #expect(try placeMentions("ฝนตกในภาคเหนือ ").map(\.text) == ["ภาคเหนือ"])
    }
}
