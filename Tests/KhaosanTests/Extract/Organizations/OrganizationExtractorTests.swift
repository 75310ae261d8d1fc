import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct OrganizationExtractorTests {
    @Test func declaresItsLabel() {
        let extractor = OrganizationExtractor(lexicon: Lexicon())
        #expect(extractor.name == "organizations")
        #expect(extractor.labels == [.organization])
    }

    @Test func isInTheStandardPipeline() throws {
        let names = try StandardExtractors.make(lexicon: Lexicon()).map(\.name)
        #expect(names.contains("organizations"))
    }

    @Test func aRoadNumberIsNoOrganisation() throws {
        // thaigov-91397 (public domain): ทล. is the Department of Highways, ทล.4050 a highway
        // (82 such ORG mentions of ทล. and 26 of rural road codes in 2,000 thaigov articles).
        let text = "กรมทางหลวงชนบท (ทช.) ได้ก่อสร้างถนนทางหลวงชนบทสาย พท.4003 แยก ทล.4050 - บ้านจงเก และ ทล. ตระหนักถึง"
        let names = try OrganizationTestSupport.names(in: text)
        #expect(names.filter { $0 == "ทล." }.count == 1, "only the department, not the road")
        #expect(!names.contains("พท."))
        let scalars = Array(text.unicodeScalars)
        let road = scalars.indices.first { scalars.matches(Array("ทล.4050".unicodeScalars), at: $0) }!
        #expect(RoadCode.isCode(ScalarRange(road, road + 3), in: scalars))
        #expect(RoadCode.isCode(ScalarRange(road, road + 2), in: scalars), "ทล without its full stop")
        let department = scalars.indices.last { scalars.matches(Array("ทล. ".unicodeScalars), at: $0) }!
        #expect(!RoadCode.isCode(ScalarRange(department, department + 3), in: scalars))
        #expect(!RoadCode.isCode(ScalarRange(department, department + 2), in: scalars))
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

    @Test func randomMixesOfTrickyCharactersNeverCrashAndStayInBounds() throws {
        // Fragments the rules react to, glued at random (fixed seed).
        let pieces = ["กระทรวง", "มหาวิทยาลัย", "(", ")", " ", "หรือ ", ".", "กกต.", "ก.พ.", "UN-Habitat", "UNESCO",
                      "และ", "ของ", "จำกัด", " (มหาชน)", "บริษัท ", "รมว.", "สธ.", "ที่ 3", "\n", "Ministry of", "ฯ", "๑๒",
                      "เขต 10", "\u{200B}", "🙂", "สำนักงาน", "กยท", "ดร.", "A", "องค์การ"]
        var state: UInt64 = 0x5eed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let extractor = OrganizationExtractor(lexicon: OrganizationTestSupport.bundledLexicon)
        let pipeline = try ExtractionPipeline(extractors: [extractor])
        for round in 0..<200 {
            let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            let analyzed = try pipeline.analyze(RawDocument(id: "r\(round)", metadata: DocumentMetadata(), source: text))
            let count = text.unicodeScalars.count
            for mention in extractor.mentions(in: analyzed, earlier: []) {
                #expect(mention.range.start >= 0 && mention.range.end <= count && !mention.range.isEmpty, "\(text)")
            }
        }
    }

    @Test func aCountrysNameBeginningWithAnOrganisationHeadIsNoOrganisation() throws {
        // thaigov-91154 (public domain, shortened): สหพันธ์ (federation) heads organisation names,
        // but สหพันธ์สาธารณรัฐเยอรมนี is Germany (16 ORG "สหพันธ์" + PLACE "สาธารณรัฐเยอรมนี" pairs in 2,000 thaigov articles).
        let text = "เอกอัครราชทูตผู้มีอำนาจเต็มแห่งสหพันธ์สาธารณรัฐเยอรมนีประจำประเทศไทย และสหพันธ์แรงงานรัฐวิสาหกิจ"
        let names = try OrganizationTestSupport.names(in: text)
        #expect(names == ["สหพันธ์แรงงานรัฐวิสาหกิจ"], "\(names)")
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
        let found = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
        let germany = try #require(found.first { $0.text == "สหพันธ์สาธารณรัฐเยอรมนี" }, "\(found.map(\.text))")
        #expect(germany.label == .place)
        #expect(germany.value == "เยอรมนี")
        // A federal republic the lexicon does not know under that name (thaigov, Nigeria's ambassador).
        let nigeria = "เอกอัครราชทูตสหพันธ์สาธารณรัฐไนจีเรียประจำประเทศไทยเข้าเยี่ยมคารวะ"
        let other = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "n", metadata: DocumentMetadata(), source: nigeria)))
        #expect(!other.contains { $0.label == .organization }, "\(other.map(\.text))")
        #expect(other.contains { $0.text == "สหพันธ์สาธารณรัฐไนจีเรีย" && $0.label == .place }, "\(other.map(\.text))")
    }
}
