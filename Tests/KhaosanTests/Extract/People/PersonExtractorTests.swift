import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

/// Runs the person rules alone on one sentence; returns (surface, titles, given, family, role).
func personMentions(_ text: String, lexicon: Lexicon = Lexicon()) throws -> [Mention] {
    let pipeline = try ExtractionPipeline(extractors: [PersonExtractor(lexicon: lexicon)])
    let analyzed = try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text))
    return pipeline.mentions(in: analyzed)
}

@Suite struct PersonExtractorTests {
    @Test func titleGivenAndFamilyName() throws {
        // thainer-train-0003
        let found = try personMentions("ตามที่นางประนอม ทองจันทร์ กับ ด.ช.กิตติพงษ์ แหลมผักแว่น และ ด.ญ.กาญจนา กรองแก้ว ป่วยสงสัยติดเชื้อ")
        #expect(found.map(\.text) == ["นางประนอม ทองจันทร์", "ด.ช.กิตติพงษ์ แหลมผักแว่น", "ด.ญ.กาญจนา กรองแก้ว"])
        #expect(found.first?.range == ScalarRange(6, 25))
        #expect(found.first?.person == PersonNameParts(titles: ["นาง"], given: "ประนอม", family: "ทองจันทร์"))
    }
}

@Suite struct PersonRuleTests {
    @Test func stackedTitlesWithRoleNounBefore() throws {
        // seed article 001: the role noun and its organisation stay outside the span.
        let found = try personMentions("วันที่ 16 พฤศจิกายน 2566 อธิการบดีมหาวิทยาลัยพะเยา รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์ มอบหมาย ผู้ช่วยอธิการบดี")
        #expect(found.map(\.text) == ["รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์"])
        let parts = try #require(found.first?.person)
        #expect(parts.titles == ["รองศาสตราจารย์", "ดร."])
        #expect(parts.given == "สุภกร" && parts.family == "พงศบางโพธิ์")
        #expect(parts.role == "อธิการบดี")
        #expect(found.first?.attributes[MentionAttribute.roleText] == "อธิการบดีมหาวิทยาลัยพะเยา")
    }

    @Test func anActingRankWithว่าที่IsOneTitle() throws {
        // thaigov-98651 (public domain): ว่าที่ (acting) belongs to a military rank; 5 such names in 2,000 articles.
        #expect(try personMentions("โดยมี ว่าที่ พันตรี อดิศักดิ์ น้อยสุวรรณ ผู้อำนวยการ").map(\.text) == ["ว่าที่ พันตรี อดิศักดิ์ น้อยสุวรรณ"])
        #expect(try personMentions("และว่าที่ร.ท.ขุนทอง สมใจ กล่าว").map(\.text) == ["ว่าที่ร.ท.ขุนทอง สมใจ"])
        // ว่าที่ before a civil title means "-designate" and stays outside (ThaiNER: "ว่าที่|นายสมัคร").
        #expect(try personMentions("ว่าที่นายสมัคร สุนทรเวช กล่าว").map(\.text) == ["นายสมัคร สุนทรเวช"])
    }

    @Test func latinNameAfterThaiTitle() throws {
        let found = try personMentions("ได้รับเกียรติจาก นาง Kamla Khalidi, UNDP Resident Representative")
        #expect(found.map(\.text) == ["นาง Kamla Khalidi"])
        #expect(found.first?.person == PersonNameParts(titles: ["นาง"], given: "Kamla", family: "Khalidi"))
    }

    @Test func militaryRankWithRoleNounAfter() throws {
        let found = try personMentions("28 พ.ค. 61 - พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและหัวหน้าคณะรักษาความสงบแห่งชาติ")
        #expect(found.map(\.text) == ["พล.อ.ประยุทธ์ จันทร์โอชา"])
        #expect(found.first?.person?.titles == ["พล.อ."])
        #expect(found.first?.person?.role == "นายกรัฐมนตรี")
    }

    @Test func givenNameEndsBeforeAVerb() throws {
        let found = try personMentions("ทั้งนี้ นายบรรหาร กล่าวว่านี่หนูจ๋า")
        #expect(found.map(\.text) == ["นายบรรหาร"])
        #expect(found.first?.person?.family == nil)
    }

    @Test func laterMentionsByGivenNameWithTitle() throws {
        let text = "นายเนวิน ชิดชอบ รมช.เกษตรฯ เดินทางถึงจังหวัด ต่อมานายเนวิน กล่าวว่า ส่วนเนวิน ยังยืนยัน"
        let found = try personMentions(text)
        #expect(found.map(\.text) == ["นายเนวิน ชิดชอบ", "นายเนวิน", "เนวิน"])
        #expect(found[2].source == "person.given-name")
    }

    @Test func aGivenNameInsideAnotherWordIsNoMention() throws {
        // thaigov-93803: พระอาจารย์วัน, then วัน inside ตั้งแต่วันที่ (105 such mentions of วัน and
        // 309 of การ in 2,000 thaigov articles).
        let text = "(พระอาจารย์วัน อุตฺตโม) ได้นำพาคณะศิษย์ ทั้งนี้ ตั้งแต่วันที่ 25 กุมภาพันธ์ 2568 ภายใน 45 วัน และ วัน อุตฺตโม กล่าว"
        let found = try personMentions(text)
        #expect(found.map(\.text) == ["อาจารย์วัน อุตฺตโม", "วัน อุตฺตโม"])
    }

    @Test func aDottedTitleAtTheEndOfAnAcronymIsNoTitle() throws {
        // thaigov-96723: "กยศ. ชวน…" is the student loan fund, not ศ. (professor) ชวน.
        let found = try personMentions("ลูกหนี้ กยศ. ชวนผู้กู้ยืมใช้สิทธิ และ ศ.ดร.สุชาติ ธาดาธำรงเวช กล่าว")
        #expect(found.map(\.text) == ["ศ.ดร.สุชาติ ธาดาธำรงเวช"])
    }

    @Test func wordsThatBeginWithATitleAreNotPeople() throws {
        #expect(try personMentions("นายกรัฐมนตรี กล่าวถึงคุณภาพของสินค้า").isEmpty)
        // นาย counting soldiers after a number.
        #expect(try personMentions("ทหารจาก 3 เหล่าทัพ จำนวน 150 นาย นอกจากนี้ได้ประสาน").isEmpty)
        #expect(try personMentions("ถ้าเจ้านายเก่ารับตำแหน่งหัวหน้าพรรค").isEmpty)
    }

    @Test func keepsATrailingBOMAsThaiNERDoes() throws {
        let found = try personMentions("พรรคประชาธิปัตย์หรือไม่ นายชวน\u{FEFF}กล่าวว่าในการเลือกตั้ง")
        #expect(found.map(\.text) == ["นายชวน\u{FEFF}"])
    }

    @Test func untitledTwoWordNameInQuotes() throws {
        // thainer-train headline style
        let found = try personMentions("“ชาญศิลป์ ตรีนุชกร” CEO ปตท. ชี้แจง")
        #expect(found.map(\.text) == ["ชาญศิลป์ ตรีนุชกร"])
        #expect(found.first?.source == "person.context")
        // a quoted phrase of ordinary words is not a name
        #expect(try personMentions("โครงการ \"เมืองแห่งการเรียนรู้ ของยูเนสโก\" เดินหน้า").isEmpty)
    }

    @Test func familyNameWithNaAndThreePartNames() throws {
        // thainer-train
        #expect(try personMentions("นางพนิตา กำภู ณ อยุธยา ปลัดกระทรวงวัฒนธรรม").map(\.text) == ["นางพนิตา กำภู ณ อยุธยา"])
        #expect(try personMentions("การประชุมโดยนายบัน คี มุน เลขาธิการสหประชาชาติ").map(\.text) == ["นายบัน คี มุน"])
    }

    @Test func familyNameEndsBeforeAGluedRoleOrVerb() throws {
        #expect(try personMentions("พ.อ.สรรเสริญ แก้วกำเนิดโฆษกคมช. กล่าว").map(\.text) == ["พ.อ.สรรเสริญ แก้วกำเนิด"])
    }

    @Test func royalNameKeepsItsReignNumber() throws {
        let lexicon = try Lexicon.bundled()
        #expect(try personMentions("ถวายพระพรแด่ในหลวง ร.10 เมื่อวานนี้", lexicon: lexicon).map(\.text) == ["ในหลวง ร.10"])
    }

    @Test func familyNameMayBeginWithACommonWord() throws {
        // thainer-train: มี, พร้อม begin these family names; "พร้อมด้วย" after a name does not.
        #expect(try personMentions("โดย พ.ต.อ.พงษ์สยาม มีขันทอง ผู้กำกับการ").map(\.text) == ["พ.ต.อ.พงษ์สยาม มีขันทอง"])
        #expect(try personMentions("นายเนวิน พร้อมด้วย นายสมคิด").map(\.text) == ["นายเนวิน", "นายสมคิด"])
        // thaigov-95327 (public domain): กำลัง ("is doing") begins กำลังชัย; "กำลังจะ…" after a name does not.
        #expect(try personMentions("ปลัดกระทรวงวัฒนธรรม นางสาวลิปิการ์ กำลังชัย รองอธิบดี").map(\.text)
                == ["นางสาวลิปิการ์ กำลังชัย"])
        #expect(try personMentions("นายสมชาย กำลังจะเดินทาง").map(\.text) == ["นายสมชาย"])
    }

    @Test func nextPersonInAListDoesNotGiveItsTitleAsARole() throws {
        // thaigov-7036 (public domain): นายกฤชเทพ is นาย + กฤชเทพ, not the role นายก of นายพีระพล.
        let found = try personMentions("โดยมี นายพีระพล ถาวรสุภเจริญ นายกฤชเทพ สิมลี รองปลัดกระทรวงคมนาคม ผู้บริหาร")
        #expect(found.map(\.text) == ["นายพีระพล ถาวรสุภเจริญ", "นายกฤชเทพ สิมลี"])
        #expect(found.first?.person?.role == nil)
        #expect(found.last?.person?.role == "รองปลัดกระทรวง")
        #expect(found.last?.person?.given == "กฤชเทพ")
    }

    @Test func roleNayokAfterANameIsNotAnotherPerson() throws {
        // thaigov-5013 (public domain): "นายกได้…" is the role of the name before it, not a person นายกได้.
        let found = try personMentions("พลเอกประยุทธ์ จันทร์โอชา นายกได้มีข้อความสารแสดงความยินดี")
        #expect(found.map(\.text) == ["พลเอกประยุทธ์ จันทร์โอชา"])
        #expect(found.first?.person?.role == "นายก")
    }
}
