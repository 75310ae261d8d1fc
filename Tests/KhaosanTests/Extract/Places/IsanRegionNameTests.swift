import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct IsanRegionNameTests {
    @Test func lowerAndUpperIsanAreOnePlaceEach() throws {
        // thaigov-98808 (public domain): "4 จังหวัดอีสาน|ใต้" was cut after อีสาน (judged wrong in the seed-17 sample).
        let found = try placeMentions("ศูนย์พักพิงผู้อพยพ 4 จังหวัดอีสานใต้ พร้อมประสาน และผู้ว่าฯ อีสานเหนือ")
        #expect(found.map(\.text) == ["อีสานใต้", "อีสานเหนือ"])
        #expect(found.map(\.value) == ["ภาคตะวันออกเฉียงเหนือตอนล่าง", "ภาคตะวันออกเฉียงเหนือตอนบน"])
    }
}
