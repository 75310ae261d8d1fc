import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct ThaiAcronymFinderTests {
    @Test func unknownDottedAcronymIsAnOrganisation() throws {
        // ThaiNER: "อย.สั่งสสจ.ลงพื้นที่" / "คพ. เตือนคุณภาพอากาศ"
        #expect(try OrganizationTestSupport.names(in: "คพ. เตือนคุณภาพอากาศ", lexicon: Lexicon()) == ["คพ."])
        let mentions = try OrganizationTestSupport.mentions(in: "ด้าน คอท. มุ่งปรับโครงสร้าง", lexicon: Lexicon())
        #expect(mentions.map(\.text) == ["คอท."])
        #expect(mentions.first?.source == "org.thai-acronym")
    }

    @Test func titlesUnitsMonthsAndDatesAreNoAcronyms() throws {
        let text = "นพ.สมชาย ผอ.โรงพยาบาล เดินทาง 20 กม. เมื่อ 5 ก.ย. 2565 ตามพรบ.ฉบับใหม่ และ ป.ป.ช."
        #expect(try OrganizationTestSupport.names(in: text, lexicon: Lexicon()).isEmpty)
    }

    @Test func compoundAcronymStaysWholeAndTitlesAreSkipped() throws {
        // thaigov.go.th: "…มอบหมายให้ กอ.รมน.ภาค ทั้ง 4…"; "(รมว.พม.)" names the ministry พม.
        #expect(try OrganizationTestSupport.names(in: "มอบหมายให้ กอ.รมน.ภาค ทั้ง 4", lexicon: Lexicon()) == ["กอ.รมน."])
        #expect(try OrganizationTestSupport.names(in: "มนุษย์ (รมว.พม.) เป็นประธาน", lexicon: Lexicon()) == ["พม."])
        #expect(try OrganizationTestSupport.names(in: "พล.อ.ประยุทธ์ จันทร์โอชา", lexicon: Lexicon()).isEmpty)
    }

    @Test func acronymInsideAWordIsNone() throws {
        #expect(try OrganizationTestSupport.names(in: "ประชาชนทั่วไปฯลฯ", lexicon: Lexicon()).isEmpty)
    }
}
