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
        #expect(range.first?.value == "2024-12-12/2024-12-22")
    }

    @Test func aDashRangeFromTodayIsOneSpan() {
        // thaigov-95317 (published 2025-04-10): one span from the article's day to the end date, like other dash ranges.
        let range = DateTestSupport.dates("รวมมูลค่าสูงสุด 1,500,000 บาท ตั้งแต่วันนี้ – 31 ธันวาคม 2568\nธนาคาร", published: "2025-04-10")
        #expect(range.map(\.text) == ["วันนี้ – 31 ธันวาคม 2568"])
        #expect(range.map(\.value) == ["2025-04-10/2025-12-31"])
        // A yearless end comes after the day (published 2024-12-12 → 5 January 2025).
        #expect(DateTestSupport.dates("ตั้งแต่วันนี้ - 5 ม.ค. ณ สวนลุมพินี", published: "2024-12-12").map(\.value)
                == ["2024-12-12/2025-01-05"])
        // thaigov-93017: "ถึง" leaves two spans (ThaiNER TRAIN splits ถึง-ranges, 8 of 8).
        let thueng = DateTestSupport.dates("ตั้งแต่วันนี้ถึงวันที่ 31 มีนาคม 2568", published: "2025-02-20")
        #expect(thueng.map(\.text) == ["วันนี้", "31 มีนาคม 2568"])
        // ThaiNER's convention splits it (thainer-train-3390, its one such range).
        let split = DateTestSupport.dates("ร่วมส่งผลงานได้ตั้งแต่ วันนี้-12 กพ.61", published: "2018-01-20",
                                          extractor: DateTestSupport.thaiNER)
        #expect(split.map(\.text) == ["วันนี้", "12 กพ.61"])
        // A dash before a number that is no date leaves the day alone.
        #expect(DateTestSupport.dates("วันนี้ - 3 คน", published: "2025-02-20").map(\.text) == ["วันนี้"])
    }

    @Test func nowadaysIsNoDate() {
        // thaigov session-9 count: 10 "ทุกวันนี้" read as the article's day in 2,000 articles.
        #expect(DateTestSupport.dates("เศรษฐกิจของทุกประเทศในโลกทุกวันนี้มีความเกี่ยวพันกัน", published: "2025-02-05").isEmpty)
        #expect(DateTestSupport.dates("จนถึงทุก วันนี้", published: "2025-02-05").isEmpty)
        #expect(DateTestSupport.dates("ประชุมวันนี้", published: "2025-02-05").map(\.value) == ["2025-02-05"])
    }
}
