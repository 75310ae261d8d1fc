import Testing
@testable import Khaosan
@testable import KhaosanCore

@Suite struct ThaiCalendarTests {
    let calendar = try! ThaiCalendar()

    @Test func buddhistDatesConvertThroughICU() {
        #expect(calendar.gregorian(buddhistYear: 2566, month: 11, day: 16) == CivilDate(year: 2023, month: 11, day: 16))
        #expect(calendar.gregorian(buddhistYear: 2543, month: 1, day: 1) == CivilDate(year: 2000, month: 1, day: 1))
        #expect(calendar.gregorian(buddhistYear: 2567, month: 2, day: 29) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(calendar.gregorianYear(buddhistYear: 2562) == 2019)
    }

    @Test func impossibleDatesAreRejectedByTheStrictCalendar() {
        #expect(calendar.gregorian(buddhistYear: 2565, month: 2, day: 31) == nil)
        #expect(calendar.gregorian(buddhistYear: 2566, month: 2, day: 29) == nil)
        #expect(calendar.gregorian(buddhistYear: 2566, month: 13, day: 1) == nil)
        #expect(calendar.checked(CivilDate(year: 2023, month: 4, day: 31)) == nil)
        #expect(calendar.checked(CivilDate(year: 2000, month: 2, day: 29)) != nil)
        #expect(calendar.checked(CivilDate(year: 1900, month: 2, day: 29)) == nil)
    }

    @Test func arithmeticCrossesMonthAndYearEnds() {
        let newYear = CivilDate(year: 2024, month: 1, day: 1)
        #expect(calendar.adding(-1, .day, to: newYear) == CivilDate(year: 2023, month: 12, day: 31))
        #expect(calendar.adding(1, .month, to: CivilDate(year: 2024, month: 1, day: 31)) == CivilDate(year: 2024, month: 2, day: 29))
        #expect(calendar.adding(1, .year, to: newYear)?.year == 2025)
    }

    @Test func monthAndEraNamesComeFromICU() throws {
        let months = try ThaiCalendar.symbols(locale: "th_TH@calendar=buddhist", type: 2)
        #expect(months.count == 12)
        #expect(months[10] == "พฤศจิกายน")
        let short = try ThaiCalendar.symbols(locale: "th_TH@calendar=buddhist", type: 3)
        #expect(short[1] == "ก.พ.")
        let eras = try ThaiCalendar.symbols(locale: "th_TH@calendar=buddhist", type: 0)
        #expect(eras.contains("พ.ศ."))
    }
}
