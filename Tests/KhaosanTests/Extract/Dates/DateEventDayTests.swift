import Testing
@testable import Khaosan

/// "วันนี้" in an article whose body dates its event on a day before the publication date: the day of the
/// event, not the day the page was published. Texts from the last 2,000 thaigov articles (public domain).
@Suite struct DateEventDayTests {
    /// thaigov-90941 (published 2024-12-03): the page's date line, the headline, the body's dateline.
    static let article = """
        วันอังคารที่ 3 ธันวาคม 2567
        "เฉลิมชัย" แก้ไขปัญหาที่อยู่ที่ทำกินในพื้นที่ป่าสงวนฯ
        วันที่ 30 พฤศจิกายน 2567 เวลา 13.30 น. ดร.เฉลิมชัย ศรีอ่อน รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม
        ดร.เฉลิมชัย กล่าวว่า “วันนี้ถือได้ว่าเป็นวันที่มีคุณค่าในชีวิต
        """

    @Test func todayIsTheDayTheBodyDates() {
        let mentions = DateTestSupport.dates(Self.article, published: "2024-12-03")
        #expect(mentions.map(\.text) == ["3 ธันวาคม 2567", "30 พฤศจิกายน 2567", "วันนี้"])
        #expect(mentions.map(\.value) == ["2024-12-03", "2024-11-30", "2024-11-30"])
    }

    @Test func aFarOrSameDayDatelineKeepsThePublicationDate() {
        // The body dated the day of publication: nothing moves.
        let same = Self.article.replacingOccurrences(of: "30 พฤศจิกายน 2567", with: "3 ธันวาคม 2567")
        #expect(DateTestSupport.dates(same, published: "2024-12-03").last?.value == "2024-12-03")
        // thaigov-96324 kind: a body dated five weeks earlier tells of the past; "วันนี้" stays the article's day.
        let far = Self.article.replacingOccurrences(of: "30 พฤศจิกายน 2567", with: "28 ตุลาคม 2567")
        #expect(DateTestSupport.dates(far, published: "2024-12-03").last?.value == "2024-12-03")
        // A date in the middle of a line is no dateline.
        let inside = "วันอังคารที่ 3 ธันวาคม 2567\nเมื่อ 30 พฤศจิกายน 2567 มีการประชุม\nวันนี้ก็ประชุม"
        #expect(DateTestSupport.dates(inside, published: "2024-12-03").last?.value == "2024-12-03")
    }
}
