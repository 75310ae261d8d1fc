import Testing
@testable import Khaosan

/// The year in the title of a law, regulation or announcement is part of its name, not a date (ThaiNER TRAIN
/// leaves all 8 such years untagged). Texts copied from the last 2,000 thaigov articles (public domain).
@Suite struct DateLawTitleTests {
    @Test(arguments: [
        // thaigov-98677: a ministerial regulation whose title runs 110 scalars before its year.
        "ตามข้อ 1 วรรคสอง แห่งกฎกระทรวงกำหนดการลด เพิ่ม หรือหักเงินค่าทดแทนอันเนื่องมาจากผลของการเวนคืน หรือสภาพที่ดินที่เปลี่ยนแปลงไป พ.ศ. 2564\n",
        // thaigov-99767: an announcement of a ministry.
        "ตามประกาศกระทรวงคมนาคม พ.ศ. 2558 และ 2567 โดยจะต้องขออนุญาตจาก CAAT",
        // thaigov-96497: a regulation.
        "ปฏิบัติตามระเบียบกระทรวงศึกษาธิการ ว่าด้วยการลงโทษนักเรียนและนักศึกษา พ.ศ. 2548 กฎกระทรวง",
        // thaigov-98898: the act's year, then its amendment's after "(ฉบับที่ 2)".
        "ตามพระราชบัญญัติค่าตอบแทนผู้เสียหาย และค่าทดแทนและค่าใช้จ่ายแก่จำเลยในคดีอาญา พ.ศ. 2544 และที่แก้ไขเพิ่มเติม (ฉบับที่ 2) พ.ศ. 2559 ",
        // thaigov-96574: the Budget Act's fiscal year is its title's.
        "เรื่อง ร่างพระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569\n",
        // thaigov-94197: the Songkran announcement.
        "ประกาศสงกรานต์ พุทธศักราช ๒๕๖๘\n",
    ])
    func aTitleYearIsNoDate(_ text: String) {
        let mentions = DateTestSupport.dates(text)
        #expect(mentions.isEmpty, "unexpected dates \(mentions.map(\.text))")
    }

    @Test func aYearAfterATitleWithATimeWordIsADate() {
        // thaigov-91883: "โดยในปี 2568" after the draft act's "พ.ศ. ..." dates the plan.
        let later = DateTestSupport.dates("การปรับปรุงร่างพระราชบัญญัติอุตสาหกรรม พ.ศ... ให้มีประสิทธิภาพสูงสุด โดยในปี 2568 อก. จะได้นำเสนอ")
        #expect(later.map(\.text) == ["ปี 2568"])
        #expect(later.map(\.value) == ["2025"])
        // thaigov-94208: the act's year stays inside its title, the fiscal year after ใน is a date.
        let fiscal = DateTestSupport.dates("การประเมินผลสัมฤทธิ์พระราชบัญญัติว่าด้วยข้อสัญญาที่ไม่เป็นธรรม พ.ศ. 2540 ในปีงบประมาณ พ.ศ. 2567 ตามมาตรา")
        #expect(fiscal.map(\.text) == ["ปีงบประมาณ พ.ศ. 2567"])
    }

    @Test func anotherYearEndsTheTitle() {
        // thaigov-92501: the act's title ends at its year; the plan's period after it is a date.
        let mentions = DateTestSupport.dates("ตามพระราชบัญญัติป้องกันและบรรเทาสาธารณภัย พ.ศ. 2550 และแผนป้องกันและบรรเทาสาธารณภัย พ.ศ. 2564 – 2570 โดย ปภ.")
        #expect(mentions.map(\.text) == ["พ.ศ. 2564 – 2570"])
        #expect(mentions.map(\.value) == ["2021/2027"])
    }

    @Test func theVerbAnnounceStartsNoTitle() {
        // thaigov-96824: "ประกาศ" as a verb; a full date after it is a date.
        let mentions = DateTestSupport.dates("และได้ประกาศในราชกิจจานุเบกษาในวันที่ 24 กันยายน พ.ศ. 2567")
        #expect(mentions.map(\.value) == ["2024-09-24"])
        // An announcement's year without a title head: "ประกาศ ณ วันที่ 10 มิถุนายน พ.ศ. 2561" (thainer-train-2827).
        #expect(DateTestSupport.dates("ประกาศ ณ วันที่ 10 มิถุนายน พ.ศ. 2561").map(\.value) == ["2018-06-10"])
    }
}
