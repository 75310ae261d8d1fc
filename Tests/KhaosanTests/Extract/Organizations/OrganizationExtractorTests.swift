import Testing
@testable import Khaosan

@Suite struct OrganizationExtractorTests {
    @Test func declaresItsLabel() {
        let extractor = OrganizationExtractor(lexicon: Lexicon())
        #expect(extractor.name == "organizations")
        #expect(extractor.labels == [.organization])
    }

    @Test func isInTheStandardPipeline() {
        let names = StandardExtractors.make(lexicon: Lexicon()).map(\.name)
        #expect(names.contains("organizations"))
    }

    @Test func seedSentenceGivesEveryOrganisation() throws {
        // From the second seed article (Phayao learning city).
        let text = "ภายใต้ความร่วมมือระหว่าง มหาวิทยาลัยพะเยา องค์การบริหารส่วนจังหวัดพะเยา เทศบาลเมืองพะเยา ชุมชนพะเยา และหน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.) ซึ่งได้ร่วมกันผลักดัน"
        let mentions = try OrganizationTestSupport.mentions(in: text)
        #expect(mentions.map(\.text) == ["มหาวิทยาลัยพะเยา", "องค์การบริหารส่วนจังหวัดพะเยา", "เทศบาลเมืองพะเยา",
                                         "หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่", "บพท."])
        #expect(mentions.allSatisfy { $0.label == .organization })
        #expect(mentions.allSatisfy { $0.text == String(text.unicodeScalars.dropFirst($0.range.start).prefix($0.range.count)) })
    }

    @Test func latinAcronymListAfterThaiNames() throws {
        let text = "ศูนย์ปฏิบัติการและส่งเสริมการพัฒนาเมืองอัจฉริยะน่าอยู่ วิทยาลัยการปกครองท้องถิ่น มหาวิทยาลัยขอนแก่น OPSCD COLA KKU เข้าร่วมในกิจกรรม"
        #expect(try OrganizationTestSupport.names(in: text) == [
            "ศูนย์ปฏิบัติการและส่งเสริมการพัฒนาเมืองอัจฉริยะน่าอยู่", "วิทยาลัยการปกครองท้องถิ่น", "มหาวิทยาลัยขอนแก่น",
            "OPSCD", "COLA", "KKU"])
    }
}
