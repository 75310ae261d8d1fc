import Testing
@testable import Khaosan

/// Titles that are only the start of an ordinary word must not start a person, and ranks that begin
/// with a title (นายกองเอก, พันเอกหญิง) are whole titles. Sentences of the thaigov archive.
@Suite struct PersonTitleInsideWordTests {
    @Test func dictionaryWordsThatBeginWithATitle() throws {
        // thaigov-42963, thaigov-2729 (ICU: one word); thaigov-1381 (person-title-false-starts.txt)
        #expect(try personMentions("ใช้ประโยชน์ทางเครื่องหอมหรือในทางเภสัชกรรม\nทั้งนี้ พิกัดศุลกากร").isEmpty)
        #expect(try personMentions("กับองค์การเภสัชกรรมร่วมกัน").isEmpty)
        #expect(try personMentions("ให้การต้อนรับประธานคณะกรรมาธิการแม่น้ำมิสซิสซิปปีแห่งสหรัฐอเมริกา\nกระทรวง").isEmpty)
    }

    @Test func roleNayokBeforeAnOrganisation() throws {
        // thaigov-29680
        #expect(try personMentions("พร้อมพบปะผู้ว่าราชการจังหวัด นายกเหล่ากาชาดจังหวัดและหัวหน้าส่วนราชการ กำหนดมา").isEmpty)
    }

    @Test func misspeltPrimeMinister() throws {
        // thaigov-602
        #expect(try personMentions("เรื่องของความขัดแย้งของพี่น้องประชาชน\u{00A0}นายกรัฐมตรี กล่าวว่า เนื่องจาก").isEmpty)
    }

    @Test func titleAfterAnAcronymLetter() throws {
        // thaigov-5598: ศ. ends the acronym ก.ค.ศ.; it is not ศาสตราจารย์.
        #expect(try personMentions("ก.ค.ศ.พิจารณาปรับปรุงหลักเกณฑ์ฯ การย้ายและแต่งตั้ง ผอ.สพท.").isEmpty)
    }

    @Test func titleAfterAnAbbreviatedRole() throws {
        // thaigov-761, thaigov-1404: a role abbreviation with its dot, then the person's title.
        #expect(try personMentions("2559\nรมต.นร.หม่อมหลวง ปนัดดาฯ เป็นประธานการประชุมคณะ").map(\.text) == ["หม่อมหลวง ปนัดดาฯ"])
        #expect(try personMentions("2560\nรอง นรม.พล.อ.อ.ประจินฯ เป็นประธานการประชุมคณะกรรมการ").map(\.text) == ["พล.อ.อ.ประจินฯ"])
    }

    @Test func aNameCannotStartWithAFollowingVowel() throws {
        // thaigov-3826: รพ.สต.นายาว is a health centre in the village นายาว, not นาย + "าว".
        #expect(try personMentions("ส่วนรพ.สต.นายาว จ.เพชรบูรณ์ น้ำลดแล้ว").isEmpty)
    }

    @Test func volunteerDefenceCorpsRanks() throws {
        // thaigov-1818
        let found = try personMentions("เพื่อเป็นขวัญกำลังใจในการปฏิบัติงาน\nโดย\u{00A0}นายกองเอก อาทิตย์ บุญญะโสภัต หัวหน้าฝ่ายอำนวยการ")
        #expect(found.map(\.text) == ["นายกองเอก อาทิตย์ บุญญะโสภัต"])
        #expect(found.first?.person?.titles == ["นายกองเอก"])
        #expect(found.first?.person?.given == "อาทิตย์" && found.first?.person?.family == "บุญญะโสภัต")
    }

    @Test func womanOfficerRank() throws {
        // thaigov-1076
        let found = try personMentions("เป็นสำคัญ\nพันเอกหญิง ทักษดาฯ ผู้ช่วยโฆษกรัฐบาลเผย")
        #expect(found.map(\.text) == ["พันเอกหญิง ทักษดาฯ"])
        #expect(found.first?.person?.titles == ["พันเอกหญิง"])
        #expect(found.first?.person?.given == "ทักษดา" && found.first?.person?.family == nil)
    }

    @Test func aTitleBeforeAWordThatIsAName() throws {
        // thaigov-5196 (written there with NBSP + space): กองทุน is also a given name; ICU splits นาง|กองทุน.
        #expect(try personMentions("“ พลเอกฉัตรชัย กล่าว\nด้านนางกองทุน หาญณรงค์ ประธานกลุ่มเกษตรกร").map(\.text).contains("นางกองทุน หาญณรงค์"))
    }
}
