import Testing
@testable import Khaosan
@testable import KhaosanResolve

@Suite struct NameKeyTests {
    @Test func punctuationSpacesAndLatinCaseDoNotMatter() {
        #expect(NameKey.normalize("UN-Habitat") == NameKey.normalize("un habitat"))
        #expect(NameKey.normalize("อาเซียนบวก 3") == NameKey.normalize("อาเซียนบวก3"))
        #expect(NameKey.normalize("บพท.") == "บพท")
        // "+" changes meaning and stays.
        #expect(NameKey.normalize("ASEAN+") != NameKey.normalize("ASEAN"))
    }

    @Test func personKeysDropTitles() {
        #expect(NameKey.key(for: .person, text: "รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์") == NameKey.key(for: .person, text: "สุภกร พงศบางโพธิ์"))
        #expect(NameKey.key(for: .person, text: "นางสาวญภา วิทย์นลากรณ์") == "ญภาวิทย์นลากรณ์")
    }

    @Test func placeKeysDropProvinceCountryAndCapitalHeadsButNotเมือง() {
        #expect(NameKey.key(for: .place, text: "กรุงฮานอย") == "ฮานอย")
        #expect(NameKey.key(for: .place, text: "จังหวัดพะเยา") == "พะเยา")
        #expect(NameKey.key(for: .place, text: "ประเทศเวียดนาม") == "เวียดนาม")
        #expect(NameKey.key(for: .place, text: "เมืองพะเยา") != "พะเยา")
    }

    @Test func eventKeysDropTheSubtitle() {
        #expect(NameKey.key(for: .event, text: "ASEAN+ Creative Cities Forum 2023: Urban Regeneration and Sustainable Development")
                == NameKey.key(for: .event, text: "ASEAN+ Creative Cities Forum 2023"))
    }

    @Test func acronymsAreShortCapitalsOrDottedThai() {
        #expect(NameKey.isAcronym("บพท."))
        #expect(NameKey.isAcronym("UNDP"))
        #expect(!NameKey.isAcronym("UN-Habitat"))
        #expect(!NameKey.isAcronym("มหาวิทยาลัยพะเยา"))
    }

    @Test func titlesSplitLongestFirst() {
        let parts = PersonTitles.parts(of: "นางสาวญภา วิทย์นลากรณ์")
        #expect(parts.titles == ["นางสาว"])
        #expect(parts.given == "ญภา" && parts.family == "วิทย์นลากรณ์")
        #expect(PersonTitles.parts(of: "รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์").titles == ["รองศาสตราจารย์", "ดร."])
        #expect(PersonTitles.parts(of: "นาง Kamla Khalidi").given == "Kamla")
    }
}
