import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct PersonRoleFinderTests {
    @Test func roleAfterTheName() throws {
        let text = "นายวินัย วิททวัสการเวช อธิบดีกรมสรรพากร ระบุ"
        let scalars = Array(text.unicodeScalars)
        let finder = PersonRoleFinder(scalars: scalars, roles: PersonWordLists.bundled.roles)
        let found = finder.role(around: ScalarRange(0, 22))
        let role = try #require(found)
        #expect(role.noun == "อธิบดี")
        #expect(role.phrase == "อธิบดีกรมสรรพากร")
    }

    @Test func noRoleWhenTheNeighboursAreOrdinaryWords() {
        let scalars = Array("เมื่อวาน นายวินัย วิททวัสการเวช เดินทางมาถึง".unicodeScalars)
        let finder = PersonRoleFinder(scalars: scalars, roles: PersonWordLists.bundled.roles)
        let found = finder.role(around: ScalarRange(9, 31))
        #expect(found == nil)
    }

    @Test func nextPersonInAListIsNotARole() throws {
        // thaigov (public domain) style list: "นายกฤชเทพ" is นาย + กฤชเทพ, the next person, not the role นายก.
        let text = "นายสมชาย ใจดี นายกฤชเทพ แสงสว่าง"
        let scalars = Array(text.unicodeScalars)
        let finder = PersonRoleFinder(scalars: scalars, roles: PersonWordLists.bundled.roles)
        #expect(finder.role(around: ScalarRange(0, 13))?.noun == "นายก")
        #expect(finder.role(around: ScalarRange(0, 13), personStarts: [0, 14]) == nil)
    }
}
