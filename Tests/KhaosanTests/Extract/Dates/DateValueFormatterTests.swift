import Testing
@testable import Khaosan
@testable import KhaosanCore

@Suite struct DateValueFormatterTests {
    @Test func reducedPrecisionAndYearlessForms() {
        #expect(DateValueFormatter.iso(year: 2023, month: 11, day: 6) == "2023-11-06")
        #expect(DateValueFormatter.iso(year: 2019, month: 3, day: nil) == "2019-03")
        #expect(DateValueFormatter.iso(year: 539, month: nil, day: nil) == "0539")
        #expect(DateValueFormatter.iso(year: nil, month: 11, day: 16) == "--11-16")
        #expect(DateValueFormatter.iso(year: nil, month: 2, day: nil) == "--02")
        #expect(DateValueFormatter.iso(year: nil, month: nil, day: 5) == nil)
    }

    @Test func intervalsNeedBothEnds() {
        #expect(DateValueFormatter.interval("2023-11-16", "2023-11-18") == "2023-11-16/2023-11-18")
        #expect(DateValueFormatter.interval("2023-11-16", nil) == nil)
    }

    @Test func civilDateParsesArticleDates() {
        #expect(CivilDate(iso: "2018-05-20") == CivilDate(year: 2018, month: 5, day: 20))
        #expect(CivilDate(iso: "2018-05-20T10:00:00+07:00") == CivilDate(year: 2018, month: 5, day: 20))
        #expect(CivilDate(iso: "20 May 2018") == nil)
        #expect(CivilDate(iso: "2018-13-01") == nil)
    }
}
