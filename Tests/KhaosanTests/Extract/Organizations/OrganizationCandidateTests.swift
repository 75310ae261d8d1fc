import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct OrganizationCandidateTests {
    @Test func leftmostLongestKeepsAFlatSortedList() {
        let candidates = [
            OrganizationCandidate(range: ScalarRange(8, 15), source: "org.lexicon"),   // "ยูเนสโก" inside the head name
            OrganizationCandidate(range: ScalarRange(0, 15), source: "org.head"),      // "สำนักงานยูเนสโก"
            OrganizationCandidate(range: ScalarRange(20, 24), source: "org.lexicon"),
            OrganizationCandidate(range: ScalarRange(20, 24), source: "org.head"),
            OrganizationCandidate(range: ScalarRange(30, 30), source: "org.head"),     // empty: dropped
        ]
        let kept = OrganizationCandidate.leftmostLongest(candidates)
        #expect(kept.map(\.range) == [ScalarRange(0, 15), ScalarRange(20, 24)])
        #expect(kept.last?.source == "org.head")   // ties broken by rule name, deterministically
    }
}
