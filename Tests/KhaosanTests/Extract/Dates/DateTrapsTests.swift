import Testing
@testable import Khaosan

/// Texts that look like dates and are not, or dates that do not exist. Copied from
/// thaigov-20k / thainer-train where the origin is given.
@Suite struct DateTrapsTests {
    struct Trap: Sendable, CustomStringConvertible {
        let origin: String
        let text: String
        var description: String { "\(origin): \(text)" }
    }

    static let notDates: [Trap] = [
        .init(origin: "thaigov-36292", text: "หรือสูงกว่าของสำนักงาน ก.พ. โดยสามารถสมัคร"),
        .init(origin: "thaigov-3768", text: "(คปร.) สำนักงาน ก.พ. ซึ่ง คปร. ย"),
        .init(origin: "thaigov-51135", text: "ะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.) นายอรรษิ"),
        .init(origin: "thaigov-14073", text: "เวณุโกเศศ รองเลขาธิการ ก.ค.ศ.\u{A0}กล่าวโดยรวม"),
        .init(origin: "thaigov-6225", text: "ผลการประชุม ก.ค.ศ. 13/2560\nนาย"),
        .init(origin: "thaigov-856", text: "รวมถึงการตั้ง อ.ก.ค.ศ.\u{A0}สพฐ. และการ"),
        .init(origin: "thaigov-2172", text: "งกับการบริหารงานบุคคลของ ก.ค.ศ. ก็ไม่มีข้อใด"),
        .init(origin: "thaigov-1896", text: "ารตามพระราชบัญญัติโรงงาน พ.ศ.2535 และเรื่องพร"),
        .init(origin: "thaigov-6099", text: "พ.ร.บ. สลากกินแบ่งรัฐบาล พ.ศ.2517 ได้ทำหน้าที"),
        .init(origin: "thaigov-74560", text: "และรัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช 2560 มาตรา 4 แ"),
        .init(origin: "thaigov-2590", text: "แก่ครู กศน.ตำบล จำนวน 9,080 คน โดยวิทยากร"),
        .init(origin: "thaigov-2536", text: "ใจเจรจาธุรกิจไม่น้อยกว่า 80 ราย สามารถทำรายได้"),
        .init(origin: "thaigov-114", text: " http://www.moj.go.th/th/2013-03-07-04-34-36/20"),
        .init(origin: "thainer-train-1832", text: "ทำกินตามเอกสารสิทธิ์ส.ค.1เลขที่30เข้าครอบครอง"),
        .init(origin: "thainer-train-2858", text: "ิดอยู่ใต้ดินนานกว่า 2 เดือน ส่งข้อความผ่านวิดีโอ"),
        .init(origin: "thainer-train-0848", text: "กที่ฮ่องกงเมื่อ 3-4 ปีที่แล้ว และมีคนติดเชื้อเพีย"),
        .init(origin: "thainer-train-1552", text: "ี้แต่ยอมรับว่าในเร็ววันนี้น่าจะออกหมายจับเพิ่ม"),
        .init(origin: "thainer-train-1611", text: "งอยู่ซอยเทพกุญชรที่ 22ต.คลองหนึ่งอ.คลองหลวงจ."),
        .init(origin: "hand-written", text: "เวลา 10.30 น. อุณหภูมิ 25.5 องศา ร้อยละ 76 โทร 02-283-1500"),
    ]

    @Test(arguments: notDates)
    func noDateIn(_ trap: Trap) {
        let mentions = DateTestSupport.dates(trap.text)
        #expect(mentions.isEmpty, "unexpected dates \(mentions.map(\.text))")
    }

    @Test func organisationAbbreviationBesideARealDate() {
        // thaigov-16325: the date is found, ก.ค.ศ. right after it is not a month.
        let mentions = DateTestSupport.dates("วันศุกร์ที่ 26 ตุลาคม 2561\nก.ค.ศ.เห็นชอบหลักเกณฑ์")
        #expect(mentions.map(\.text) == ["26 ตุลาคม 2561"])
        #expect(mentions.first?.value == "2018-10-26")
    }

    @Test func monthAbbreviationBeforeATitleIsStillAMonth() {
        // thainer-train-0434: "3 ก.พ." followed by the title "น.พ." is a date.
        let mentions = DateTestSupport.dates("เมื่อเย็นวันที่ 3 ก.พ.น.พ.เสรี ตู้จินดา")
        #expect(mentions.map(\.text) == ["3 ก.พ."])
    }

    @Test(arguments: [
        ("31 กุมภาพันธ์ 2565", "hand-written: 31 February does not exist"),
        ("29 กุมภาพันธ์ 2566", "hand-written: BE 2566 = 2023 is not a leap year"),
        ("31 เม.ย. 2560", "hand-written: April has 30 days"),
        ("30 กุมภาพันธ์", "hand-written: no year, still impossible"),
        ("3/10/2004", "thainer-train-0029: Christian-era slash date, day/month order unknown"),
    ])
    func spanWithoutValue(_ text: String, _ why: String) {
        let mentions = DateTestSupport.dates(text, published: "2017-03-01")
        #expect(mentions.map(\.text) == [text], "\(why)")
        #expect(mentions.first?.value == nil, "\(why)")
    }

    @Test func twoDigitNumberBeforeAMonthIsTheNextDay() {
        // thaigov-92772: "28 กุมภาพันธ์ 28 มีนาคม" was read as 28 February BE 2528 (1985).
        let mentions = DateTestSupport.dates("ระหว่างวันที่ 28 กุมภาพันธ์ 28 มีนาคม และ 2 เมษายน 2568", published: "2025-01-30")
        #expect(mentions.first?.text == "28 กุมภาพันธ์")
        #expect(mentions.first?.value == "2025-02-28")
        #expect(!mentions.contains { $0.value?.hasPrefix("1985") ?? false })
        // A 2-digit year before another word stays a year.
        #expect(DateTestSupport.dates("เมื่อ 28 กุมภาพันธ์ 68 ที่ผ่านมา").first?.value == "2025-02-28")
    }

    @Test func leapDayOfALeapYearHasAValue() {
        #expect(DateTestSupport.dates("29 กุมภาพันธ์ 2567").first?.value == "2024-02-29")
    }

    @Test func relativeDatesHaveNoValueWithoutAnArticleDate() {
        let mentions = DateTestSupport.dates("วันนี้ วานนี้ พรุ่งนี้ ปีหน้า ปีที่แล้ว")
        #expect(mentions.map(\.text) == ["วันนี้", "วานนี้", "พรุ่งนี้", "ปีหน้า", "ปีที่แล้ว"])
        #expect(mentions.allSatisfy { $0.value == nil })
    }

    @Test func relativeDatesAcrossAYearBoundary() {
        let mentions = DateTestSupport.dates("วานนี้ พรุ่งนี้ ปีหน้า", published: "2023-12-31")
        #expect(mentions.map(\.value) == ["2023-12-30", "2024-01-01", "2024"])
        let january = DateTestSupport.dates("วานนี้", published: "2024-01-01")
        #expect(january.first?.value == "2023-12-31")
    }
}
