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

    @Test func aCountryAndTheNameAreTwoNames() throws {
        // thaigov-59082, thaigov-3962 (public domain): the acronym defined after the run linked "EU" and "NSTDA"
        // to "Thailand and …" (5 mentions on the 20,000 articles, two split graph gold entities).
        #expect(try OrganizationTestSupport.names(in: "ความสัมพันธ์ Thailand and the European Union ได้ลงนาม", lexicon: Lexicon())
                == ["European Union"])
        #expect(try OrganizationTestSupport.names(in: "ระหว่าง Thailand and National Science and Technology Development Agency ในปีนี้",
                                                  lexicon: Lexicon()) == ["National Science and Technology Development Agency"])
        // A name that only begins with a country word stays whole.
        #expect(try OrganizationTestSupport.names(in: "โดย Thailand Development Research Institute ระบุ", lexicon: Lexicon())
                == ["Thailand Development Research Institute"])
    }
}
