import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanBatch

@Suite struct ExtractionValidityTests {
    static func extraction(id: String = "d1", range: ScalarRange = ScalarRange(0, 4), value: String? = nil) -> DocumentExtraction {
        var mention = Mention(range: ScalarRange(0, 4), label: value == nil ? .place : .date, text: "พะเยา", value: value, source: "test")
        mention.range = range   // assigned directly: a decoded line is not checked by ScalarRange.init
        return DocumentExtraction(id: id, metadata: DocumentMetadata(), contentHash: "h", sourceLength: 10, mentions: [mention])
    }

    static func reversed() -> ScalarRange {
        var range = ScalarRange(3, 3)
        range.start = 5
        return range
    }

    @Test func aSoundExtractionPasses() {
        #expect(ExtractionValidity.problem(in: Self.extraction()) == nil)
        #expect(ExtractionValidity.problem(in: Self.extraction(range: ScalarRange(6, 10), value: "2016-02-29")) == nil)
    }

    @Test func negativeReversedAndPastTheEndRangesAreNamed() {
        var negative = ScalarRange(0, 3)
        negative.start = -5
        #expect(ExtractionValidity.problem(in: Self.extraction(range: negative))?.contains("starts before the text") == true)
        #expect(ExtractionValidity.problem(in: Self.extraction(range: Self.reversed()))?.contains("reversed") == true)
        #expect(ExtractionValidity.problem(in: Self.extraction(range: ScalarRange(8, 11)))?.contains("ends past the text") == true)
    }

    @Test func anEmptyIdIsRefused() {
        #expect(ExtractionValidity.problem(in: Self.extraction(id: "")) == "empty document id")
        #expect(ExtractionValidity.problem(in: Self.extraction(id: "  ")) == "empty document id")
    }

    @Test func dateValuesMustBeRealCalendarValues() {
        for good in ["2016", "2016-02", "2016-02-29", "2000-02-29", "--11-16", "--02-29", "--11", "2019-01-01/2019-01-31", "-0044-03-15"] {
            #expect(ExtractionValidity.isDateValue(good), "\(good)")
        }
        for bad in ["2016-02-30", "2015-02-29", "1900-02-29", "2016-13", "2016-00-10", "2016-04-31", "16", "2016-1-5",
                    "2016-02-10/", "a/b/c", "", "2016-02-10T", "--13", "2016-02-1x"] {
            #expect(!ExtractionValidity.isDateValue(bad), "\(bad)")
        }
        #expect(ExtractionValidity.problem(in: Self.extraction(value: "2016-02-30"))?.contains("invalid date value") == true)
    }
}
