import Testing
@testable import Khaosan

@Suite struct RelationLinkerTests {
    @Test func aDateRefinedByAnotherOfTheSameNodeIsDropped() {
        // "ITB Berlin 2025" in a headline gives 2025; the body's "4-6 มีนาคม 2568" gives 2025-03-04.
        let values: [GraphValue] = [.typed("2025", datatype: "xsd:gYear"), .typed("2025-03-04", datatype: "xsd:date")]
        #expect(RelationLinker.withoutSubsumedDates(values) == [.typed("2025-03-04", datatype: "xsd:date")])
    }

    @Test func unrelatedDatesAllStay() {
        let values: [GraphValue] = [.typed("2024", datatype: "xsd:gYear"), .typed("2025-03", datatype: "xsd:gYearMonth"),
                                    .typed("2025-03-04", datatype: "xsd:date")]
        #expect(RelationLinker.withoutSubsumedDates(values) == [values[0], values[2]])
    }
}
