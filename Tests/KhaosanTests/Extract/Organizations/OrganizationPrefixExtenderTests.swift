import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct OrganizationPrefixExtenderTests {
    @Test func aMinistryHeadAndASpaceBeforeItsShortFormAreOneName() throws {
        // thaigov-99341 (public domain): "กระทรวง พม." (186 such head + short form pairs in 2,000 thaigov articles).
        let mentions = try OrganizationTestSupport.mentions(in: "ที่ผ่านมา กระทรวง พม. ได้รับความร่วมมือ และกระทรวง ดีอี ได้แจ้ง")
        #expect(mentions.map(\.text) == ["กระทรวง พม.", "กระทรวง ดีอี"])
        let ministry = try #require(mentions.first)
        #expect(ministry.attributes[.lexiconName] == "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
                "the ministry's own lexicon entry stays linked")
    }

    @Test func aCommissionOrACentreHeadBeforeAnAcronymIsOneName() throws {
        // thaigov-98677 and the AOC articles (public domain): 19 "คณะกรรมการ ACRONYM" and 28 "ศูนย์ ACRONYM" in 2,000
        // thaigov articles left the head out.
        let mentions = try OrganizationTestSupport.mentions(
            in: "เสนอให้คณะกรรมการ ป.ป.ช. พิจารณา โดยศูนย์ปฏิบัติการอาชญากรรมออนไลน์ (AOC) เชิญเยี่ยมชมศูนย์ AOC ของกระทรวง")
        #expect(mentions.first?.text == "คณะกรรมการ ป.ป.ช.")
        #expect(mentions.last?.text == "ศูนย์ AOC", "\(mentions.map(\.text))")
        #expect(mentions.first?.attributes[.lexiconName]?.hasPrefix("คณะกรรมการ") == true, "the commission keeps its link")
    }

    @Test func anOfficeBeforeACommissionsAcronymIsAnotherBodyWithoutTheLink() throws {
        // "สำนักงาน ป.ป.ช." is the NACC's office: the name grows, the commission's link goes.
        let mentions = try OrganizationTestSupport.mentions(in: "เจ้าหน้าที่สำนักงาน ป.ป.ช. ลงพื้นที่ และ ป.ป.ช. ได้ชี้มูล")
        #expect(mentions.map(\.text) == ["สำนักงาน ป.ป.ช.", "ป.ป.ช."])
        #expect(mentions[0].attributes[.lexiconName] == nil)
        #expect(mentions[1].attributes[.lexiconName] != nil)
        // thaigov-97374, thaigov-90967 (public domain): after a role's full stop; a no-break space and a space.
        #expect(try OrganizationTestSupport.names(in: "ร่วมกับชมรม ผอ.สำนักงาน ธ.ก.ส. สังกัด") == ["สำนักงาน ธ.ก.ส."])
        #expect(try OrganizationTestSupport.names(in: "นี้ กระทรวง\u{A0} พม. ได้") == ["กระทรวง\u{A0} พม."])
    }

    @Test func theBankAbbreviationBelongsToTheBanksName() throws {
        // thaigov-99443 (public domain): "ธ.กรุงไทย" (19 in 2,000 thaigov articles).
        let names = try OrganizationTestSupport.names(in: "อย่างยั่งยืน ธ.กรุงไทยร่วมงานมหกรรม")
        #expect(names == ["ธ.กรุงไทย"])
    }

    @Test func aHeadThatEndsTheNameBeforeIsNotTakenTwice() throws {
        // "สำนักงานปลัดกระทรวง พม.": กระทรวง ends the office's name, so พม. stays a name of its own.
        let names = try OrganizationTestSupport.names(in: "โดยสำนักงานปลัดกระทรวง พม. ได้จัดงาน")
        #expect(names.last == "พม.")
        #expect(!names.contains("กระทรวง พม."))
    }

    @Test func theBankAbbreviationMustStartAWord() {
        // Synthetic: "ธ." glued to a letter or after another abbreviation's full stop is not the bank's.
        for text in ["กสธ.กรุงไทย", "ส.ธ.กรุงไทย"] {
            let scalars = Array(text.unicodeScalars)
            let index = TokenIndex(scalars: scalars, tokens: [])
            let start = scalars.count - 7
            let candidate = OrganizationCandidate(range: ScalarRange(start, scalars.count), source: "org.lexicon",
                                                  attributes: [.lexiconName: "กรุงไทย"])
            #expect(OrganizationPrefixExtender().extend(candidate, previousEnd: 0, in: index).range == candidate.range, "\(text)")
        }
        let scalars = Array("\nธ.กรุงไทย".unicodeScalars)
        let candidate = OrganizationCandidate(range: ScalarRange(3, scalars.count), source: "org.lexicon",
                                              attributes: [.lexiconName: "กรุงไทย"])
        let extended = OrganizationPrefixExtender().extend(candidate, previousEnd: 0, in: TokenIndex(scalars: scalars, tokens: []))
        #expect(extended.range == ScalarRange(1, scalars.count))
        #expect(extended.attributes[.lexiconName] == "กรุงไทย")
    }
}
