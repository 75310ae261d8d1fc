import Testing
@testable import Khaosan

@Suite struct RelationExtractorTests {
    @Test func bundledRoleNounsLoad() {
        #expect(RoleNouns.bundled.roles.count > 20)
    }
}
