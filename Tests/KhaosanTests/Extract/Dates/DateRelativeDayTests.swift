import Testing
@testable import Khaosan

/// "วันนี้" next to the day it names, and "ทุกวันนี้" (nowadays). Texts from the last 2,000 thaigov articles.
@Suite struct DateRelativeDayTests {
    @Test func todayTakesTheDayWrittenAfterIt() {
        // thaigov-98677 (published 2025-07-23): "วันนี้ 22 กรกฎาคม 2568" is the 22nd.
        let mentions = DateTestSupport.dates("วันนี้ 22 กรกฎาคม 2568 เวลา 10.00 น.", published: "2025-07-23")
        #expect(mentions.map(\.text) == ["วันนี้", "22 กรกฎาคม 2568"])
        #expect(mentions.map(\.value) == ["2025-07-22", "2025-07-22"])
        // In brackets (thaigov-91340 style).
        let bracketed = DateTestSupport.dates("วันนี้ (15 ธันวาคม 2567) เวลา 17.00 น.", published: "2024-12-16")
        #expect(bracketed.first?.value == "2024-12-15")
    }

    @Test func aFarWrittenDayOrARangeKeepsTheArticleDate() {
        // A typo of the year (2567 in a 2025 article) leaves the article's day.
        #expect(DateTestSupport.dates("วันนี้ (9 มกราคม 2567) นางสาว", published: "2025-01-09").first?.value == "2025-01-09")
        // "ตั้งแต่วันนี้ - 22 ธันวาคม": a range from today, not a day written after it.
        let range = DateTestSupport.dates("ตั้งแต่วันนี้ - 22 ธันวาคม 2567 ณ สวนลุมพินี", published: "2024-12-12")
        #expect(range.first?.value == "2024-12-12")
    }

    @Test func nowadaysIsNoDate() {
        // thaigov session-9 count: 10 "ทุกวันนี้" read as the article's day in 2,000 articles.
        #expect(DateTestSupport.dates("เศรษฐกิจของทุกประเทศในโลกทุกวันนี้มีความเกี่ยวพันกัน", published: "2025-02-05").isEmpty)
        #expect(DateTestSupport.dates("จนถึงทุก วันนี้", published: "2025-02-05").isEmpty)
        #expect(DateTestSupport.dates("ประชุมวันนี้", published: "2025-02-05").map(\.value) == ["2025-02-05"])
    }
}
