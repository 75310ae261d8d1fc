import Testing
@testable import Khaosan
@testable import KhaosanGraph

@Suite struct GraphSummaryTests {
    @Test func countsMentionsAndEntitiesPerLabelAndRanksTheMostMentioned() throws {
        let summary = GraphSummary(try SeedsGraphTests.seedGraph(), top: 3)
        let org = try #require(summary.rows.first { $0.label == .organization })
        #expect(org.mentions == 46)     // the ORG gold spans of the two seeds
        #expect(org.entities < org.mentions)
        #expect(summary.documents == 2)
        #expect(summary.top.count == 3)
        #expect(summary.top[0].mentions >= summary.top[1].mentions)
        // บพท. with its two long forms, and the learning-city network in Thai and English: 6 mentions each.
        #expect(Set(summary.top.prefix(2).map(\.name)) == ["หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่",
                                                          "เครือข่ายเมืองแห่งการเรียนรู้ตลอดชีวิตของยูเนสโก"])
        #expect(summary.top.map(\.mentions) == [6, 6, 5])
        #expect(summary.lines.contains { $0.hasPrefix("ORG") })
    }

    @Test func aNegativeTopCountListsNothingInsteadOfTrapping() throws {
        let summary = GraphSummary(try SeedsGraphTests.seedGraph(), top: -1)
        #expect(summary.top.isEmpty)
        #expect(summary.documents == 2)
    }
}
