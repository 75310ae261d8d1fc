import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

/// Common words read as given names, and given names found again inside other words. Texts from the last
/// 2,000 thaigov articles (public domain); the session-9 count of the given-name rule's hits is in
/// fixtures/review/mentions-session9.md.
@Suite struct PersonNotAGivenNameTests {
    @Test func aGradeOrCommonNounAfterATitleIsNoName() throws {
        // thaigov-93803: ระดับทรงคุณวุฒิ is a civil-service grade; thaigov-96125, -93805, -99447, -96248.
        for text in ["ให้ดำรงตำแหน่ง นายแพทย์ทรงคุณวุฒิ (ด้านเวชกรรม)", "ของสตรีและเด็กหญิง การมีส่วนร่วมของสตรี",
                     "หรือ อาจารย์มหาวิทยาลัยหรือบุคลากร", "เพื่อให้พระภิกษุและสามเณรทั่วประเทศสามารถเข้าถึง",
                     "เรียกสรรพนาม แทน คุณลุง คุณป้า"] {
            #expect(try personMentions(text).isEmpty, "\(text)")
        }
        // A real name after the same titles stays.
        #expect(try personMentions("นายแพทย์โอภาส การย์กวินพงศ์ กล่าว").map(\.text) == ["นายแพทย์โอภาส การย์กวินพงศ์"])
    }

    @Test func aQuotedSloganIsNoName() throws {
        // thaigov-93858: the ministry's slogan in quotes.
        #expect(try personMentions("มีหน้าที่สำคัญในการ “บำบัดทุกข์ บำรุงสุข” ให้แก่พี่น้องประชาชน").isEmpty)
    }

    @Test func aGivenNameGluedInsideAnotherWordIsNoMention() throws {
        // thaigov-91036: นายมงคล สิมะโรจน์ is a person; วันมหามงคล is "the great auspicious day".
        let text = "ด้าน นายมงคล สิมะโรจน์ ประธานกรรมการ กล่าวว่า เนื่องในโอกาสวันมหามงคล วันเฉลิมพระชนมพรรษา"
        #expect(try personMentions(text).map(\.text) == ["นายมงคล สิมะโรจน์"])
    }

    @Test func aGivenNameGluedAfterARoleStays() throws {
        // thaigov-98279: รองปลัดถาวร is the deputy permanent secretary ถาวร; รัฐมนตรีฯเอกนัฏ likewise.
        let text = "นายถาวร ทานะ รองปลัดกระทรวง กล่าว ต่อมา รองปลัดถาวร เป็นประธาน"
        #expect(try personMentions(text).map(\.text) == ["นายถาวร ทานะ", "ถาวร"])
        let minister = "นายเอกนัฏ สมบูรณ์ กล่าว ซึ่งรัฐมนตรีฯเอกนัฏ ได้มีการ"
        let ministerNames = try personMentions(minister).map(\.text)
        #expect(ministerNames == ["นายเอกนัฏ สมบูรณ์", "เอกนัฏ"])
        // A role noun that begins the run ("รัฐมนตรีท่องเที่ยว|สรวงศ์": minister of tourism Sorawong).
        let tourism = "นายสรวงศ์ เทียนทอง กล่าว ในการประชุมครั้งที่ 28 รัฐมนตรีท่องเที่ยวสรวงศ์ แสดงวิสัยทัศน์"
        let tourismNames = try personMentions(tourism).map(\.text)
        #expect(tourismNames == ["นายสรวงศ์ เทียนทอง", "สรวงศ์"])
        // A shortened name with ฯ after a word that is no listed role (thaigov 20k: ผู้ตรวจวีระกิตติ์ฯ, an inspector).
        let inspector = try personMentions("นายวีระกิตติ์ รัตนตรัยภพ กล่าว ต่อมา ผู้ตรวจวีระกิตติ์ฯ ลงพื้นที่").map(\.text)
        #expect(inspector == ["นายวีระกิตติ์ รัตนตรัยภพ", "วีระกิตติ์ฯ"])
        // A quoted headline short form (thaigov-72551: “หมอชลน่าน”, 22 such occurrences of a gold PERSON in the 20k archive).
        let doctor = try personMentions("นพ.ชลน่าน ศรีแก้ว กล่าว ต่อมา “หมอชลน่าน” นำคณะผู้บริหาร").map(\.text)
        #expect(doctor == ["นพ.ชลน่าน ศรีแก้ว", "ชลน่าน"])
    }

    @Test func aVerbOfSpeechAfterTheSpaceIsNoFamilyName() throws {
        // Session 10, the last 2,000 thaigov articles: "ดร. นลินี ทิ้งท้ายว่า" (concluded that) ×8, "เน้นย้ำว่า" ×5.
        #expect(try personMentions("ทั้งนี้ ดร. นลินี ทิ้งท้ายว่า เนปาลเป็นตลาดที่กำลังเติบโต").map(\.text) == ["ดร. นลินี"])
        #expect(try personMentions("ทั้งนี้ นายประสพ เน้นย้ำว่า ได้คำนึงถึง").map(\.text) == ["นายประสพ"])
        // A family name after the space stays.
        #expect(try personMentions("ทั้งนี้ นายประสพ เรียงเงิน กล่าวว่า").map(\.text) == ["นายประสพ เรียงเงิน"])
    }
}
