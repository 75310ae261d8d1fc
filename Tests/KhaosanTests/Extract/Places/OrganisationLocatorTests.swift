import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct OrganisationLocatorTests {
    @Test func placeInsideAnOrganisationNameBecomesItsLocation() throws {
        let locator = OrganisationLocator(lexicon: try Lexicon.bundled())
        let mentions = [
            Mention(range: ScalarRange(0, 16), label: .organization, text: "มหาวิทยาลัยพะเยา", source: "test"),
            Mention(range: ScalarRange(17, 47), label: .organization, text: "องค์การบริหารส่วนจังหวัดพะเยา", source: "test"),
            Mention(range: ScalarRange(48, 58), label: .organization, text: "กระทรวงวัฒนธรรมและการกีฬาของฮานอย", source: "test"),
            Mention(range: ScalarRange(60, 75), label: .organization, text: "สำนักงานยูเนสโก", source: "test"),
            Mention(range: ScalarRange(80, 85), label: .place, text: "พะเยา", source: "test"),
        ]
        let located = locator.annotate(mentions)
        #expect(located.map { $0.attributes[MentionAttribute.location] } == ["พะเยา", "พะเยา", "ฮานอย", nil, nil])
    }

    @Test func ambiguousNamesNeedAHead() throws {
        let locator = OrganisationLocator(lexicon: try Lexicon.bundled())
        #expect(locator.place(in: "โรงเรียนเลยพิทยาคม") == nil)
        #expect(locator.place(in: "สำนักงานจังหวัดเลย") == "เลย")
    }
}
