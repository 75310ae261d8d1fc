import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct OrganizationSuffixExtenderTests {
    static let lexicon = try! Lexicon(parsing: """
        ORG\tมหาวิทยาลัยราชภัฏ
        ORG\tสพม.
        PLACE\tกำแพงเพชร
        """, origin: "test")

    @Test func gluedPlaceIsPartOfTheNameAndItsLocation() throws {
        let mentions = try OrganizationTestSupport.mentions(in: "อธิการบดีมหาวิทยาลัยราชภัฏกำแพงเพชร กล่าวว่า", lexicon: Self.lexicon)
        #expect(mentions.map(\.text) == ["มหาวิทยาลัยราชภัฏกำแพงเพชร"])
        #expect(mentions.first?.attributes[MentionAttribute.location] == "กำแพงเพชร")
    }

    @Test func numberedUnitIsPartOfTheName() throws {
        // ThaiNER: "ผู้บริหาร สพม. เขต 10 ให้การต้อนรับ"
        #expect(try OrganizationTestSupport.names(in: "ผู้บริหาร สพม. เขต 10 ให้การต้อนรับ", lexicon: Self.lexicon) == ["สพม. เขต 10"])
        #expect(try OrganizationTestSupport.names(in: "ผู้บริหาร สพม. เขต 10.5 กม.", lexicon: Self.lexicon) == ["สพม."])
    }

    @Test func ownerAfterของIsRecorded() throws {
        let lexicon = try Lexicon(parsing: "ORG\tองค์การยูเนสโก\tยูเนสโก|UNESCO\nPLACE\tฮานอย\n", origin: "test")
        let ministry = try OrganizationTestSupport.mentions(in: "จัดขึ้นโดยกระทรวงวัฒนธรรมและการกีฬาของฮานอย โดยประสานงาน", lexicon: lexicon)
        #expect(ministry.map(\.text) == ["กระทรวงวัฒนธรรมและการกีฬาของฮานอย"])
        #expect(ministry.first?.attributes[MentionAttribute.location] == "ฮานอย")
        let office = try OrganizationTestSupport.mentions(in: "โดยประสานงานกับสำนักงานภูมิภาคของยูเนสโก และ", lexicon: lexicon)
        #expect(office.map(\.text) == ["สำนักงานภูมิภาคของยูเนสโก"])
        #expect(office.first?.attributes[MentionAttribute.parentOrganization] == "องค์การยูเนสโก")
    }

    @Test func placeAfterAProvinceHeadAtTheEndIsTheLocation() throws {
        // thaigov (head of the archive): "สำนักงานปศุสัตว์จังหวัดร้อยเอ็ด", "สพป.ปัตตานี เขต 3".
        let lexicon = try Lexicon(parsing: "PLACE\tร้อยเอ็ด\nPLACE\tภาคเหนือ\n", origin: "test")
        let office = try OrganizationTestSupport.mentions(in: "โดยสำนักงานปศุสัตว์จังหวัดร้อยเอ็ด ได้จัด", lexicon: lexicon)
        #expect(office.map(\.text) == ["สำนักงานปศุสัตว์จังหวัดร้อยเอ็ด"])
        #expect(office.first?.attributes[MentionAttribute.location] == "ร้อยเอ็ด")
        let bare = try OrganizationTestSupport.mentions(in: "โดยสำนักงานเกษตรจังหวัด ได้จัด", lexicon: lexicon)
        #expect(bare.first?.attributes[MentionAttribute.location] == nil)
    }
}
