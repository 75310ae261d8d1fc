import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

/// Rule 14 of `TaggerMentionValidator`: a tagger PERSON cut at the space before the family name.
@Suite struct TaggerFamilyNameTests {
    let validator = TaggerMentionValidator.bundled

    func kept(_ span: String, in sentence: String, others: [Mention] = []) -> [String] {
        let person = TaggerMentionValidatorTests.mention(span, in: sentence, .person)
        return validator.filter([person] + others, text: Array(sentence.unicodeScalars)).filter { $0.label == .person }.map(\.text)
    }

    @Test func theFamilyNameBeforeARoleJoinsTheSpan() {
        // thaigov-95684, thaigov-91076 (public domain; session-9 count: 8 such spans in 2,000 articles).
        #expect(kept("คุณอาชวันต์", in: "ด้านวัฒนธรรม , คุณอาชวันต์ กงกะนันท์ รองผู้อำนวยการภูมิภาค")
                == ["คุณอาชวันต์ กงกะนันท์"])
        #expect(kept("ประเสริฐ", in: "พันจ่าเอก ประเสริฐ มาลัย ผู้อำนวยการสำนักงาน") == ["ประเสริฐ มาลัย"])
        // A run of spaces between the names (thaigov-92126).
        #expect(kept("คุณมิณราญาพร", in: "ไทย คุณมิณราญาพร  สำนองคำ ผู้อำนวยการเทศกาล") == ["คุณมิณราญาพร  สำนองคำ"])
    }

    @Test func noRoleAfterTheNextWordOrAWholeNameStays() {
        // The next word is a verb, or no role follows it, or the span already has a family name.
        #expect(kept("สมชาย", in: "นายสมชาย กล่าว ผู้อำนวยการ") == ["สมชาย"])
        // A headline verb before a role noun (thaigov, session 9: "รองนายกฯ ประเสริฐ ต้อนรับ เอกอัครราชทูตจีน").
        #expect(kept("ประเสริฐ", in: "รองนายกฯ ประเสริฐ ต้อนรับ เอกอัครราชทูตจีน") == ["ประเสริฐ"])
        #expect(kept("สมชาย", in: "นายสมชาย ใจดี และคณะ") == ["สมชาย"])
        #expect(kept("สมชาย ใจดี", in: "นายสมชาย ใจดี มานะ ผู้อำนวยการ") == ["สมชาย ใจดี"])
        // The next word is a role itself.
        #expect(kept("สมชาย", in: "คุณสมชาย ผู้อำนวยการ กองคลัง") == ["สมชาย"])
        // Another mention already covers the next word.
        let sentence = "คุณสมชาย ใจดี ผู้อำนวยการ"
        let other = TaggerMentionValidatorTests.mention("ใจดี", in: sentence, .organization)
        #expect(kept("คุณสมชาย", in: sentence, others: [other]) == ["คุณสมชาย"])
    }
}
