import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct LatinOrganizationNameFinderTests {
    @Test func latinNameEndingWithAnOrganisationWord() throws {
        // ThaiNER: "จากองค์กร Derbyshire Cave Rescue Organisation ซึ่งเป็น…"
        #expect(try OrganizationTestSupport.names(in: "ผู้เชี่ยวชาญ 3 คน จาก Derbyshire Cave Rescue Organisation ซึ่งเป็นช่างดำน้ำ", lexicon: Lexicon())
                == ["Derbyshire Cave Rescue Organisation"])
    }

    @Test func latinNameStartingWithUniversityOf() throws {
        #expect(try OrganizationTestSupport.names(in: "ความร่วมมือกับ University of Phayao ในปีนี้", lexicon: Lexicon())
                == ["University of Phayao"])
    }

    @Test func organisationWordMustEndTheName() throws {
        #expect(try OrganizationTestSupport.names(in: "ร้าน Copper International Buffet เปิดใหม่", lexicon: Lexicon()).isEmpty)
        #expect(try OrganizationTestSupport.names(in: "โทรหา Call Center ได้ตลอด", lexicon: Lexicon()).isEmpty)
    }
}
