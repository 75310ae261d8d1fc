import Testing
@testable import Khaosan

extension DatePhrasesTests {
    /// From thainer-train (ThaiNER 1.5, CC BY 3.0). These records have no publication date.
    static let thaiNER: [DatePhrase] = [
        .init(origin: "thainer-train-2485", text: "(28/06/61) 22.00น.", span: "28/06/61", value: "2018-06-28"),
        .init(origin: "thainer-train-4017", text: "ดเหตุวินาศกรรม 11 ก.ย.44 ปรากฏว่าสร้างความ", span: "11 ก.ย.44", value: "2001-09-11"),
        .init(origin: "thainer-train-1301", text: "นกำหนดไว้วันที่11-15พฤศจิกายนส่วนการรับสมัคร", span: "11-15พฤศจิกายน",
              value: "--11-11/--11-15"),
        .init(origin: "thainer-train-5033", text: "วันที่ 13 ก.ย. นายธนาธร จึงรุ่งเรืองกิจ", span: "13 ก.ย.", value: "--09-13"),
        .init(origin: "thainer-train-3048", text: "TEAMWINSวันที่ ๓๐ กันยายน ๒๕๕๖ ณ ห้องประชุม", span: "๓๐ กันยายน ๒๕๕๖", value: "2013-09-30"),
        .init(origin: "thainer-train-0282", text: "ไทยรัฐ ปีที่ 55 ฉบับที่ 16827 2/16/2004", span: "2/16/2004", value: "2004-02-16"),
        .init(origin: "thainer-train-0036", text: "ผู้จัดการ 3/3/2004", span: "3/3/2004", value: "2004-03-03"),
        .init(origin: "thainer-train-2278", text: "และต่ำสุดในปี ค.ศ.539", span: "ปี ค.ศ.539", value: "0539"),
        .init(origin: "thainer-train-4636", text: "0 นับจากวันที่ 11 เม.ย. 59 ซึ่งเป็นวันฟ้อง", span: "11 เม.ย. 59", value: "2016-04-11"),
        .init(origin: "thainer-train-2155", text: "เมื่อวันพุธที่ 12 พฤศจิกายนที่ผ่านมา", span: "12 พฤศจิกายน", value: "--11-12"),
        .init(origin: "thainer-train-3256", text: "ในโอกาสขึ้นปีใหม่ พ.ศ. 2560 ไปปฏิบัติให้เกิดปร", span: "พ.ศ. 2560", value: "2017"),
        .init(origin: "thainer-train-4372", text: "ตั้งแต่ช่วงเดือน ก.ย.-ธ.ค.61 ส่วนรายละเอียด", span: "ก.ย.-ธ.ค.61", value: "2018-09/2018-12"),
        .init(origin: "thainer-train-1859", text: "(1สค.) \u{FEFF}ร.ต.อ.สาธิ", span: "1สค.", value: "--08-01"),
        .init(origin: "thainer-train-2694", text: "ั้งหมดจะเสร็จสิ้นภายในเดือนกันยายน 2561", span: "กันยายน 2561", value: "2018-09"),
        .init(origin: "thainer-train-1361", text: "มกันในเช้าวันจันทร์ที่3กันยายนเพื่อพิจารณาว่า", span: "3กันยายน", value: "--09-03"),
        .init(origin: "thainer-train-4119", text: "วันนี้ (13มิ.ย.61) จากข้อมูลจากสำนัก", span: "13มิ.ย.61", value: "2018-06-13"),
        .init(origin: "thainer-train-3235", text: "วันนี้ (4ก.ย59) พลตรี สรรเสริญ", span: "4ก.ย59", value: "2016-09-04"),
        .init(origin: "thainer-train-1802", text: "1กันยายน2550 12:21น.", span: "1กันยายน2550", value: "2007-09-01"),
        .init(origin: "thainer-train-1744", text: "ยสั่งซื้อ6ลำกำหนดส่งมอบปี54", span: "ปี54", value: "2011"),
        .init(origin: "thainer-train-4425", text: "ระหว่าง28 ส.ค.– 11ก.ย.61ย้ำ", span: "28 ส.ค.– 11ก.ย.61", value: "2018-08-28/2018-09-11"),
        .init(origin: "thainer-train-4304", text: "ตั้งแต่วันที่ 1 ม.ค. - 20 ส.ค.2561 พบผู้ป่วย", span: "1 ม.ค. - 20 ส.ค.2561",
              value: "2018-01-01/2018-08-20"),
        .init(origin: "thainer-train-0509", text: "ปลายเดือนธ.ค. ผู้เลี้ยงไก่เข้าพบ", span: "ปลายเดือนธ.ค.", value: "--12", qualifier: "late"),
        .init(origin: "thainer-train-0114", text: "ต่อมาเมื่อต้นเดือน ก.พ. ที่ผ่านมา", span: "ต้นเดือน ก.พ.", value: "--02", qualifier: "early"),
        .init(origin: "thainer-train-0634", text: "เมื่อเดือนก.พ.ปี 2546 โดยเด็กหญิ", span: "ก.พ.ปี 2546", value: "2003-02"),
        .init(origin: "thainer-train-0506", text: "ดขึ้นมาตั้งแต่กลางเดือนพ.ย. 2546", span: "กลางเดือนพ.ย. 2546", value: "2003-11", qualifier: "mid"),
        .init(origin: "thainer-train-3064", text: "ันภัย 11 เดือน (มกราคม - พฤศจิกายน 2555)", span: "มกราคม - พฤศจิกายน 2555",
              value: "2012-01/2012-11"),
        .init(origin: "thainer-train-4616", text: "ประมาณระหว่างก.พ.-พ.ค. 62 ซึ่ง", span: "ก.พ.-พ.ค. 62", value: "2019-02/2019-05"),
        .init(origin: "thainer-train-2702", text: "ระหว่าง พ.ศ.2549-2558 มีเด็กที่", span: "พ.ศ.2549-2558", value: "2006/2015"),
        .init(origin: "thainer-train-2769", text: "ดการการดื้อยาต้านจุลชีพไทย พ.ศ. 2560 – 2564 ของกระทรวง", span: "พ.ศ. 2560 – 2564",
              value: "2017/2021"),
        .init(origin: "thainer-train-2718", text: "ครั้งที่ 36 (พ.ศ. 2562) ครั้งที่", span: "พ.ศ. 2562", value: "2019"),
        .init(origin: "thainer-train-1464", text: "นางสาวไทยปี2527ภรรยานาย", span: "ปี2527", value: "1984"),
        .init(origin: "thainer-train-1399", text: "กเหนือภายในปี2573หรืออีก23ปีจาก", span: "ปี2573", value: "2030"),
        .init(origin: "thainer-train-1550", text: "โครงการรับจำนำข้าวปี2548/2549จำนวน", span: "ปี2548/2549", value: "2005/2006"),
        .init(origin: "thainer-train-3031", text: "วันพฤหัสบดีที่ 16 กุมภาพันธ์ 2012", span: "16 กุมภาพันธ์ 2012", value: "2012-02-16"),
        .init(origin: "thainer-train-0808", text: "กผลการตรวจสอบเบื้องต้นเมื่อวานนี้ (23 ม.ค.) ปรากฏ", span: "เมื่อวานนี้", value: nil),
        .init(origin: "thainer-train-0808", text: "กผลการตรวจสอบเบื้องต้นเมื่อวานนี้ (23 ม.ค.) ปรากฏ", span: "23 ม.ค.", value: "--01-23"),
        .init(origin: "thainer-train-0453", text: "นไก่ไทยที่สนามหลวงในวันเสาร์นี้ ซึ่งตน", span: "วันเสาร์นี้", value: nil),
        .init(origin: "thainer-train-3861", text: "ชาติตรงกับวันที่ 29 กรกฎาคมของทุกปี และร้อยละ", span: "29 กรกฎาคม", value: "--07-29",
              published: "2018-07-01"),
        .init(origin: "thainer-train-3697", text: "ภาคกลาง วันที่ 21 - 24 กุมภาพันธ์ 2543 ที่โรงเรียน", span: "21 - 24 กุมภาพันธ์ 2543",
              value: "2000-02-21/2000-02-24"),
        .init(origin: "thainer-train-2483", text: "วันนี้ (26-6-61)พบกับพี่ ภาสกร", span: "26-6-61", value: "2018-06-26"),
        .init(origin: "thainer-train-2052", text: "คนเดือนตุลาในสมัย6ตุลา2519คิดอย่างไร", span: "6ตุลา2519", value: "1976-10-06"),
        .init(origin: "thainer-train-2194", text: "ที่จะมีขึ้นในวันที่ 16-18 ม.ค.ปีหน้า ที่ศูนย์การค้า", span: "16-18 ม.ค.ปีหน้า",
              value: "2019-01-16/2019-01-18", published: "2018-07-01"),
    ]

    static let all = seeds + thaigov + thaiNER

    @Test func atLeastEightyPhrasings() {
        #expect(Self.all.count >= 80)
    }

    @Test(arguments: all)
    func phrasing(_ phrase: DatePhrase) {
        let mentions = DateTestSupport.dates(phrase.text, published: phrase.published)
        let found = mentions.first { $0.text == phrase.span }
        #expect(found != nil, "no DATE span \"\(phrase.span)\" in \(mentions.map(\.text))")
        #expect(found?.label == .date)
        #expect(found?.value == phrase.value)
        #expect(found?.qualifier == phrase.qualifier)
        // The span is where the text says it is (source scalar offsets).
        if let found {
            let scalars = Array(phrase.text.unicodeScalars)
            let surface = String(String.UnicodeScalarView(scalars[found.range.start..<found.range.end]))
            #expect(surface == phrase.span)
        }
    }
}
