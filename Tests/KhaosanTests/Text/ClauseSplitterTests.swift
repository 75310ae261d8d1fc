import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText

/// Excerpts are from the seed articles and thaigov-20k (public Thai government news text).
@Suite struct ClauseSplitterTests {
    private func clauses(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ClauseSplitter.clauses(of: scalars, tokens: []).map { Document.string(scalars[$0.start..<$0.end]) }
    }

    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return ClauseSplitter.sentences(of: scalars).map { Document.string(scalars[$0.start..<$0.end]) }
    }

    @Test func bundledAbbreviationsAreLoaded() {
        let list = AbbreviationList.bundled
        #expect(list.entries.contains("พ.ศ.") && list.entries.contains("ดร.") && list.entries.contains("ฯลฯ"))
        #expect(list.entries.contains("ก.ย.") && list.entries.contains("พล.อ.") && list.entries.contains("Mr."))
    }

    @Test func newlinesSplitAndRangesExcludeSurroundingWhitespace() {
        let text = "  มหาวิทยาลัยพะเยา ร่วมงาน ASEAN+ Creative Cities Forum 2023 \n\nเพื่อยกระดับเมืองแห่งการเรียนรู้ของทุกคน\n"
        #expect(sentences(text) == ["มหาวิทยาลัยพะเยา ร่วมงาน ASEAN+ Creative Cities Forum 2023",
                                    "เพื่อยกระดับเมืองแห่งการเรียนรู้ของทุกคน"])
        let scalars = Array(text.unicodeScalars)
        #expect(ClauseSplitter.sentences(of: scalars).first == ScalarRange(2, 60)) // 58 scalars after two spaces
    }

    @Test func spaceBetweenThaiRunsSplitsClauses() {
        #expect(clauses("มุ่งเน้นไปที่การฟื้นฟูเมืองและการพัฒนาที่ยั่งยืน งานนี้จัดขึ้นโดยกระทรวงวัฒนธรรม")
                == ["มุ่งเน้นไปที่การฟื้นฟูเมืองและการพัฒนาที่ยั่งยืน", "งานนี้จัดขึ้นโดยกระทรวงวัฒนธรรม"])
        // A run of spaces counts once; a space next to Latin or digits does not split.
        #expect(clauses("พลเอก ประยุทธ์  จันทร์โอชา นายกรัฐมนตรี") == ["พลเอก", "ประยุทธ์", "จันทร์โอชา", "นายกรัฐมนตรี"])
        #expect(clauses("งาน ASEAN+ Creative Cities Forum 2023 มุ่งเน้น") == ["งาน ASEAN+ Creative Cities Forum 2023 มุ่งเน้น"])
    }

    @Test func maiYamokAfterASpaceStaysWithItsWord() {
        #expect(clauses("พร้อมกับเมืองอื่น ๆ อีก สองแห่ง") == ["พร้อมกับเมืองอื่น ๆ", "อีก", "สองแห่ง"])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("เมื่อวันที่ 2 กันยายน พ.ศ. 2565 ที่ผ่านมา พร้อมกับเมืองอื่น ๆ")
                == ["เมื่อวันที่ 2 กันยายน พ.ศ. 2565 ที่ผ่านมา พร้อมกับเมืองอื่น ๆ"])
        #expect(sentences("วันนี้ (19 ส.ค.59) เวลา 09.30 น. ณ ห้องสีเขียว ตึกไทยคู่ฟ้า")
                == ["วันนี้ (19 ส.ค.59) เวลา 09.30 น. ณ ห้องสีเขียว ตึกไทยคู่ฟ้า"])
        #expect(sentences("ทำเนียบรัฐบาล รศ. ชวนี ทองโรจน์ ผู้ช่วยรัฐมนตรี") == ["ทำเนียบรัฐบาล รศ. ชวนี ทองโรจน์ ผู้ช่วยรัฐมนตรี"])
        #expect(sentences("ตั้งแต่วันที่ 30 ก.ย. 2566 โดย พล.อ. ประวิตร") == ["ตั้งแต่วันที่ 30 ก.ย. 2566 โดย พล.อ. ประวิตร"])
        #expect(sentences("สนับสนุนจาก หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่ หรือ บพท. และในโอกาสนี้ ได้รับเกียรติ")
                == ["สนับสนุนจาก หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่ หรือ บพท. และในโอกาสนี้ ได้รับเกียรติ"])
        #expect(sentences("ตามมติครม. เมื่อวันที่ 5") == ["ตามมติครม. เมื่อวันที่ 5"])
        // Acronyms glued to the word before (thaigov-20k).
        #expect(sentences("ทั้งนี้ออท. สหราชอาณาจักร") == ["ทั้งนี้ออท. สหราชอาณาจักร"])
        #expect(sentences("ยมศึกษาตอนต้น,ตอนปลาย/ปวช.  10,000 บาท") == ["ยมศึกษาตอนต้น,ตอนปลาย/ปวช.  10,000 บาท"])
        #expect(sentences("เวลา 15.00-18.30น. ที่ประชุมจะมี") == ["เวลา 15.00-18.30น. ที่ประชุมจะมี"])
        #expect(sentences("ผัก ผลไม้ ฯลฯ. ทั้งนี้") == ["ผัก ผลไม้ ฯลฯ. ทั้งนี้"])
        #expect(sentences("EXIM Contact Center, Tel. 0 2169 9999 and WHA Corporation Plc. (WHA Group)")
                == ["EXIM Contact Center, Tel. 0 2169 9999 and WHA Corporation Plc. (WHA Group)"])
        #expect(sentences("Mr. Smith met Dr. Jones and J. Doe in the U.S. today")
                == ["Mr. Smith met Dr. Jones and J. Doe in the U.S. today"])
    }

    @Test func fullStopQuestionAndExclamationMarksEndSentences() {
        // From seed 001: the headline's "เจ๋ง!"; the acronym "(บพท.)" before it does not split.
        #expect(sentences("หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.) เจ๋ง! ดันพะเยาเข้าสู่เมืองแห่งการเรียนรู้")
                == ["หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.) เจ๋ง!", "ดันพะเยาเข้าสู่เมืองแห่งการเรียนรู้"])
        #expect(sentences("เพื่อรักษาความสงบเรียบร้อยในทุกพื้นที่. กระทรวงมหาดไทย") == ["เพื่อรักษาความสงบเรียบร้อยในทุกพื้นที่.", "กระทรวงมหาดไทย"])
        #expect(sentences("ยอดจำหน่าย 450 ล้านบาท.” ต่อมา") == ["ยอดจำหน่าย 450 ล้านบาท.”", "ต่อมา"])
        #expect(sentences("จริงหรือ? ใช่") == ["จริงหรือ?", "ใช่"])
        #expect(sentences("5 degrees Celsius by 2100. To achieve this, Thailand")
                == ["5 degrees Celsius by 2100.", "To achieve this, Thailand"])
        #expect(sentences("in the modern economy. Thailand stands") == ["in the modern economy.", "Thailand stands"])
        #expect(sentences("ในปี 2565. ต่อไป") == ["ในปี 2565.", "ต่อไป"])
    }

    @Test func numbersEllipsesAndListNumbersDoNotEndSentences() {
        #expect(sentences("ผู้ชม 2.5 แสนคน") == ["ผู้ชม 2.5 แสนคน"])
        #expect(sentences("ดังนี้ 1. การพัฒนา 2. การศึกษา") == ["ดังนี้ 1. การพัฒนา 2. การศึกษา"])
        #expect(sentences("12,000,000 บาท 1.3. นางสาวสุกัญญา") == ["12,000,000 บาท 1.3. นางสาวสุกัญญา"])
        #expect(sentences("และอื่น ๆ... ต่อไป") == ["และอื่น ๆ... ต่อไป"])
    }

    @Test func clausesOfANormalisedDocumentUseNormalisedOffsets() throws {
        // A no-break space between Thai runs becomes a space, then splits the clause.
        let document = Document(id: "t", source: "ศูนย์ปฏิบัติการ\u{00A0}วิทยาลัยการปกครองท้องถิ่น\r\nมหาวิทยาลัยขอนแก่น")
        let ranges = ClauseSplitter.clauses(of: document.textScalars, tokens: [])
        #expect(ranges.map(document.normalizedText) == ["ศูนย์ปฏิบัติการ", "วิทยาลัยการปกครองท้องถิ่น", "มหาวิทยาลัยขอนแก่น"])
        #expect(ranges.map { document.sourceText(document.offsetMap.sourceRange($0)) }
                == ["ศูนย์ปฏิบัติการ", "วิทยาลัยการปกครองท้องถิ่น", "มหาวิทยาลัยขอนแก่น"])
    }

    @Test func emptyAndBlankTextHaveNoClauses() {
        #expect(clauses("").isEmpty)
        #expect(clauses(" \n \n").isEmpty)
    }
}
