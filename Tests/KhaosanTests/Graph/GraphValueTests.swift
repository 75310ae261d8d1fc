import Testing
@testable import Khaosan
@testable import KhaosanGraph

@Suite struct GraphValueTests {
    @Test func wellFormedISODatesGetTheirXSDType() {
        #expect(GraphValue.xsdDatatype(ofISODate: "2016") == "xsd:gYear")
        #expect(GraphValue.xsdDatatype(ofISODate: "2016-07") == "xsd:gYearMonth")
        #expect(GraphValue.xsdDatatype(ofISODate: "2016-07-19") == "xsd:date")
        #expect(GraphValue.xsdDatatype(ofISODate: "2016-02-29") == "xsd:date")
        #expect(GraphValue.xsdDatatype(ofISODate: "2000-02-29") == "xsd:date")
        #expect(GraphValue.xsdDatatype(ofISODate: "--02-29") == "xsd:gMonthDay")
    }

    @Test func impossibleMonthsAndDaysAreNotTypedAsXSDDates() {
        // Metadata such as {"date": "2016-02-30"} must not become an invalid xsd:date literal.
        for value in ["2016-13", "2016-00", "2016-02-30", "2015-02-29", "1900-02-29", "2016-04-31", "2016-07-00", "--02-30", "--13-01"] {
            #expect(GraphValue.xsdDatatype(ofISODate: value) == nil, "\(value)")
            #expect(GraphValue.isoDate(value) == nil, "\(value)")
        }
    }
}
