import Testing
@testable import Khaosan
@testable import KhaosanResolve
@testable import KhaosanGraph

@Suite struct EntityTypingTests {
    @Test func subtypesOnlyWhereTheHeadMakesThemSure() {
        #expect(EntityTyping.types(label: .organization, names: ["มหาวิทยาลัยพะเยา"], known: nil) == ["CollegeOrUniversity"])
        #expect(EntityTyping.types(label: .organization, names: ["องค์การบริหารส่วนจังหวัดพะเยา"], known: nil) == ["GovernmentOrganization"])
        #expect(EntityTyping.types(label: .organization, names: ["สำนักงานยูเนสโก"], known: nil) == ["Organization"])
        #expect(EntityTyping.types(label: .place, names: ["ประเทศเวียดนาม"], known: nil) == ["Country"])
        #expect(EntityTyping.types(label: .place, names: ["กรุงฮานอย", "ฮานอย"], known: nil) == ["City"])
        #expect(EntityTyping.types(label: .place, names: ["จังหวัดพะเยา"], known: nil) == ["AdministrativeArea"])
        #expect(EntityTyping.types(label: .place, names: ["เมืองพะเยา"], known: nil) == ["Place"])
    }

    @Test func theLexiconTypeWins() {
        let known = KnownEntity(label: .place, name: "ฮานอย", properties: ["type": "City"])
        #expect(EntityTyping.types(label: .place, names: ["ฮานอย"], known: known) == ["City"])
    }

    @Test func aLexiconTypeThatIsNotASchemaOrgTypeOfTheLabelNeverReachesType() {
        // thainer-persons.tsv marks royal references `type=royal`: not a schema.org type.
        let royal = KnownEntity(label: .person, name: "พระบาทสมเด็จพระเจ้าอยู่หัว", properties: ["type": "royal"])
        #expect(EntityTyping.types(label: .person, names: ["พระบาทสมเด็จพระเจ้าอยู่หัว"], known: royal) == ["Person"])
        let wrongLabel = KnownEntity(label: .organization, name: "พะเยา", properties: ["type": "City"])
        #expect(EntityTyping.types(label: .organization, names: ["พะเยา"], known: wrongLabel) == ["Organization"])
    }
}
