import Testing
@testable import KhaosanCore
@testable import KhaosanGraph

/// A date node is named by a date written out, not by a relative day the extractor valued.
@Suite struct DateNodeNameTests {
    @Test func aRelativeDayDoesNotNameTheDate() {
        // Corpus thaigov-41692: three "วันนี้" valued 2021-05-06 beside one "6 พ.ค. 64"; the node was named "วันนี้".
        let today = (0..<3).map { Mention(range: ScalarRange($0 * 10, $0 * 10 + 6), label: .date, text: "วันนี้",
                                          value: "2021-05-06", source: "date.relative") }
        let written = Mention(range: ScalarRange(100, 109), label: .date, text: "6 พ.ค. 64", value: "2021-05-06",
                              source: "date.day-month-year")
        let (names, alternates) = EntityNaming.names(label: .date, known: nil, mentions: today + [written], romanizer: nil)
        #expect(names["th"] == "6 พ.ค. 64")
        #expect(alternates["th"]?.contains("วันนี้") == true)
        // With nothing but relative days, one of them still names it.
        #expect(EntityNaming.names(label: .date, known: nil, mentions: today, romanizer: nil).names["th"] == "วันนี้")
    }
}
