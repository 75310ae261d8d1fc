import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

/// Rules 2 (a verb glued after an ORG) and 16 (an ORG that is a person's given name) of `TaggerMentionValidator`,
/// session 11 (org11): counted over the last 2,000 thaigov articles (fixtures/review/orgs-session11.md).
@Suite struct TaggerGivenNameTests {
    let validator = TaggerMentionValidator.bundled

    @Test func aQuotedGivenNameOfAPersonOfTheDocumentIsNoOrganisation() {
        // thaigov-91313 (public domain): the headline quotes the minister by his given name; the article
        // names him in full. 64 such tagger ORGs "เอกนัฏ" on the 2,000 articles.
        let sentence = "“เอกนัฏ” เป็นประธานMOU ไทย-จีน โดยนายเอกนัฏ พร้อมพันธุ์ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม"
        let org = TaggerMentionValidatorTests.mention("เอกนัฏ", in: sentence, .organization)
        var person = TaggerMentionValidatorTests.mention("นายเอกนัฏ พร้อมพันธุ์", in: sentence, .person, source: "person.title")
        person.person = PersonNameParts(titles: ["นาย"], given: "เอกนัฏ", family: "พร้อมพันธุ์")
        let kept = validator.filter([org, person], text: Array(sentence.unicodeScalars))
        #expect(kept.map(\.label) == [.person])
        // Without the person found by a rule (or when the tagger's own PERSON names him), the ORG stays.
        #expect(validator.filter([org], text: Array(sentence.unicodeScalars)).map(\.label) == [.organization])
        let taggerPerson = TaggerMentionValidatorTests.mention("นายเอกนัฏ พร้อมพันธุ์", in: sentence, .person)
        #expect(validator.filter([org, taggerPerson], text: Array(sentence.unicodeScalars)).contains { $0.label == .organization })
    }

    @Test func aProposingVerbGluedAfterAnOrganisationIsCut() throws {
        // thaigov-99841, thaigov-93803 (public domain): "ตามที่ X เสนอ" (as X proposes), 58 such tagger ORGs on
        // the 20,000 articles.
        let sentence = "มาตรการส่งเสริม ตามที่กรมการท่องเที่ยวเสนอ โดยจ่ายเงินคืน"
        let kept = try #require(validator.validated(TaggerMentionValidatorTests.mention("กรมการท่องเที่ยวเสนอ", in: sentence, .organization)))
        #expect(kept.text == "กรมการท่องเที่ยว")
        // A person called เสนอ keeps his name.
        let person = "โดยนายเสนอ รัตนวงศ์ กล่าว"
        #expect(validator.validated(TaggerMentionValidatorTests.mention("นายเสนอ รัตนวงศ์", in: person, .person))?.text == "นายเสนอ รัตนวงศ์")
    }
}
