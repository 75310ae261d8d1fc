import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct TaggerMentionValidatorTests {
    /// A mention of `span` where it first occurs in `sentence`, labelled `label` by `source`.
    static func mention(_ span: String, in sentence: String, _ label: MentionLabel, source: String = "tagger") -> Mention {
        let text = Array(sentence.unicodeScalars), scalars = Array(span.unicodeScalars)
        let start = text.indices.first { text.matches(scalars, at: $0) }!
        return Mention(range: ScalarRange(start, start + scalars.count), label: label, text: span, source: source)
    }

    let validator = TaggerMentionValidator.bundled

    @Test func aSpanRunningOverAMotionVerbIsCutBeforeIt() throws {
        // thaigov-52988 (public domain).
        let sentence = "ในวันนี้ผมได้นำคณะผู้บริหารของกระทรวงแรงงานมายังกรุงริยาด ประเทศซาอุดีอาราเบีย"
        let kept = try #require(validator.validated(Self.mention("กระทรวงแรงงานมายังกรุงริยาด", in: sentence, .organization)))
        #expect(kept.text == "กระทรวงแรงงาน")
        #expect(Array(sentence.unicodeScalars)[kept.range.start..<kept.range.end].elementsEqual("กระทรวงแรงงาน".unicodeScalars))
    }

    @Test func aSpanEndingOnAPrepositionLosesIt() throws {
        // thaigov-24245 (public domain).
        let sentence = "ขอฝากความระลึกถึง ถวายสมเด็จพระราชาธิบดีแห่งราชอาณาจักรบาห์เรน นายกรัฐมนตรี"
        let kept = try #require(validator.validated(Self.mention("สมเด็จพระราชาธิบดีแห่ง", in: sentence, .person)))
        #expect(kept.text == "สมเด็จพระราชาธิบดี")
        #expect(kept.range.count == 18)
    }

    @Test func aFloorOrARoomNumberIsNoPlace() throws {
        // thaigov-98079 (public domain): 205 such tagger PLACEs in 2,000 thaigov articles.
        let sentence = "ร่วมประชุม ณ ห้องประชุม 1 ชั้น 2 กระทรวงการท่องเที่ยวและกีฬา อาคาร 150 ปี อาคารกระทรวงแรงงานชั้น 3 ถนนพระราม 4"
        #expect(validator.validated(Self.mention("ห้องประชุม 1", in: sentence, .place)) == nil)
        #expect(validator.validated(Self.mention("ชั้น 2", in: sentence, .place)) == nil)
        #expect(validator.validated(Self.mention("อาคาร 150", in: sentence, .place)) == nil)
        let cut = try #require(validator.validated(Self.mention("อาคารกระทรวงแรงงานชั้น 3", in: sentence, .place)))
        #expect(cut.text == "อาคารกระทรวงแรงงาน")
        #expect(Array(sentence.unicodeScalars)[cut.range.start..<cut.range.end].elementsEqual("อาคารกระทรวงแรงงาน".unicodeScalars))
        // A name with a number stays (Rama IV Road); rule mentions are not the validator's.
        #expect(validator.validated(Self.mention("ถนนพระราม 4", in: sentence, .place))?.text == "ถนนพระราม 4")
        #expect(validator.validated(Self.mention("ชั้น 2", in: sentence, .place, source: "place.head"))?.text == "ชั้น 2")
    }

    @Test func anOrgStartingWithAPersonTitleIsDropped() {
        // thaigov-27900 (public domain).
        let sentence = "จากมูลนิธิแจ็ค หม่า และมูลนิธิอาลีบาบา โดย มร. เจมส์ ตง ประธานเจ้าหน้าที่บริหาร  บริษัท ลาซาด้า จำกัด"
        #expect(validator.validated(Self.mention("มร. เจมส์", in: sentence, .organization)) == nil)
        // The same span as PERSON stays: only ORG spans may not start with a title.
        #expect(validator.validated(Self.mention("มร. เจมส์", in: sentence, .person)) != nil)
        // A title glued to a word is not a title ("นายก…" is not "นาย").
        #expect(validator.validated(Self.mention("นายกรัฐมนตรี", in: "สำนักนายกรัฐมนตรี", .organization)) != nil)
    }

    @Test func aPersonGluedToAFacilityHeadIsDropped() {
        // thaigov-21797, thaigov-26370 (public domain): a park and a hospital named after the Queen Mother.
        let park = "ณ อาคารเฉลิมพระเกียรติ 72 พรรษา สวนสมเด็จพระนางเจ้าสิริกิติ์ ทั้งนี้"
        let hospital = "ผู้อำนวยการโรงพยาบาลสมเด็จพระนางเจ้าสิริกิติ์ แถลงความคืบหน้า"
        let name = "สมเด็จพระนางเจ้าสิริกิติ์"
        for sentence in [park, hospital] {
            #expect(validator.filter([Self.mention(name, in: sentence, .person)], text: Array(sentence.unicodeScalars)).isEmpty)
        }
        // After a space, or from a rule extractor, the name stays.
        let spaced = "เฉลิมพระเกียรติ สมเด็จพระนางเจ้าสิริกิติ์ พระบรมราชินีนาถ"
        #expect(validator.filter([Self.mention(name, in: spaced, .person)], text: Array(spaced.unicodeScalars)).count == 1)
        let rule = Self.mention(name, in: park, .person, source: "person.royal")
        #expect(validator.filter([rule], text: Array(park.unicodeScalars)) == [rule])
    }

    @Test func aPersonBegunInsideItsWordStartsAtTheWord() throws {
        // thaigov-87947 (public domain): the tagger read "ทองธาร" in "นายกฯ แพทองธาร".
        let sentence = "มแถลงนโยบายคณะรัฐมนตรี “นายกฯ แพทองธาร” ต่อรัฐสภา"
        let text = Array(sentence.unicodeScalars)
        let kept = try #require(validator.filter([Self.mention("ทองธาร", in: sentence, .person)], text: text).first)
        #expect(kept.text == "แพทองธาร")
        #expect(text[kept.range.start..<kept.range.end].elementsEqual("แพทองธาร".unicodeScalars))
        // thaigov-89022: after ฯ with no space.
        let glued = "ในอุตสาหกรรมยานยนต์ต่อไป นายกฯแพทองธาร จับมือหารือ"
        #expect(validator.filter([Self.mention("ทองธาร", in: glued, .person)], text: Array(glued.unicodeScalars)).first?.text == "แพทองธาร")
        // A title glued before the name joins it whole (a PERSON span includes its titles; session 7,
        // thaigov-100065), and a word of 3+ letters before the name (ทูต, a role) stays out.
        let titled = "ประชุมโดย นายสมชาย ใจดี"
        #expect(validator.filter([Self.mention("สมชาย ใจดี", in: titled, .person)], text: Array(titled.unicodeScalars)).first?.text == "นายสมชาย ใจดี")
        let worded = "ประชุมโดย ทูตสมชาย ใจดี"
        #expect(validator.filter([Self.mention("สมชาย ใจดี", in: worded, .person)], text: Array(worded.unicodeScalars)).first?.text == "สมชาย ใจดี")
    }

    @Test func aCountryAndABodyJoinedByAndAreTwoNames() throws {
        // thaigov-59082, thaigov-3962 (public domain).
        let sentence = "Thailand and the European Union sign PCA to enhance political"
        let text = Array(sentence.unicodeScalars)
        let kept = try #require(validator.filter([Self.mention("Thailand and the European Union", in: sentence, .organization)], text: text).first)
        #expect(kept.text == "European Union")
        #expect(text[kept.range.start..<kept.range.end].elementsEqual("European Union".unicodeScalars))
        // "Science and Technology…" does not start with a country and stays whole.
        let whole = "the Ministry of Science and Technology Development"
        let name = "Science and Technology Development"
        #expect(validator.filter([Self.mention(name, in: whole, .organization)], text: Array(whole.unicodeScalars)).first?.text == name)
    }

    @Test func aBareHeadWordIsDroppedAndANamedOneStays() {
        // thaigov-2108 and thaigov-365 (public domain).
        let room = "ต่อมาในเวลา 11.00 น. ณ ห้องประชุม ม.ล.ปิ่น มาลากุล กระทรวงศึกษาธิการ"
        #expect(validator.validated(Self.mention("ห้องประชุม", in: room, .place)) == nil)
        let resort = "ณ ดวงจิตต์ รีสอร์ท แอนด์ สปา หาดป่าตอง จ.ภูเก็ต"
        #expect(validator.validated(Self.mention("รีสอร์ท", in: resort, .place)) == nil)
        #expect(validator.validated(Self.mention("หาดป่าตอง", in: resort, .place))?.text == "หาดป่าตอง")
        // thaigov-2773 (public domain): "กองทัพ" alone is the army, a name of its own.
        let army = "นรม. ยืนยันกองทัพไม่ได้มีผลประโยชน์จากการจัดตั้ง"
        #expect(validator.validated(Self.mention("กองทัพ", in: army, .organization))?.text == "กองทัพ")
    }

    @Test func namesEndingLikeAFunctionWordStay() {
        // thaigov-10196, thaigov-2781, thaigov-6945 (public domain).
        let route = "เด่นชัย - เชียงราย - เชียงของ และบ้านไผ่ - มุกดาหาร - นครพนม"
        #expect(validator.validated(Self.mention("เชียงของ", in: route, .place))?.text == "เชียงของ")
        let street = "ที่ซอยอินทามระ 11 แขวงสามเสนใน เขตพญาไท กรุงเทพฯ"
        #expect(validator.validated(Self.mention("แขวงสามเสนใน", in: street, .place))?.text == "แขวงสามเสนใน")
        let offices = "สามารถสอบถามได้ที่สำนักงานสรรพากรทุกแห่ง หรือศูนย์สารนิเทศ"
        #expect(validator.validated(Self.mention("สำนักงานสรรพากรทุกแห่ง", in: offices, .organization))?.text
                == "สำนักงานสรรพากรทุกแห่ง")
    }

    @Test func aDottedAcronymIsNotATitle() {
        // thaigov-926 (public domain): "อ." is a title, "อ.ส.ค." an organisation.
        let sentence = "และ ณ ร้านค้าของ อ.ส.ค. เป็นต้น"
        #expect(validator.validated(Self.mention("อ.ส.ค.", in: sentence, .organization))?.text == "อ.ส.ค.")
    }

    @Test func ruleMentionsAndOtherLabelsPassUntouched() {
        let sentence = "ต่อมาในเวลา 11.00 น. ณ ห้องประชุม ม.ล.ปิ่น มาลากุล"
        let rule = Self.mention("ห้องประชุม", in: sentence, .place, source: "place.head")
        #expect(validator.validated(rule) == rule)
        let date = Self.mention("ห้องประชุม", in: sentence, .date)
        #expect(validator.validated(date) == date)
    }

    @Test func thePipelineAppliesIt() throws {
        let text = "ผมได้นำคณะผู้บริหารของกระทรวงแรงงานมายังกรุงริยาด ประเทศซาอุดีอาราเบีย"
        let labeller = DateMentionValidatorTests.Labeller(words: [("กระทรวงแรงงานมายังกรุงริยาด", .place)])
        let pipeline = try ExtractionPipeline(extractors: [labeller])
        let raw = RawDocument(id: "t", metadata: DocumentMetadata(), source: text)
        #expect(pipeline.mentions(in: try pipeline.analyze(raw)).map(\.text) == ["กระทรวงแรงงาน"])
        pipeline.components.removeAll { $0.name == TaggerMentionValidator.bundled.name }
        #expect(pipeline.mentions(in: try pipeline.analyze(raw)).map(\.text) == ["กระทรวงแรงงานมายังกรุงริยาด"])
    }

    @Test func aTitleGluedBeforeATaggerPersonJoinsIt() {
        // thaigov-100065 (public domain): the tagger began the span after the glued title นาย
        // (18 such spans in 2,000 thaigov articles); a PERSON span includes its titles.
        let sentence = "ต้อนรับ นายมาริษ เสงี่ยมพงษ์ รัฐมนตรี"
        let text = Array(sentence.unicodeScalars)
        let kept = validator.filter([Self.mention("มาริษ เสงี่ยมพงษ์", in: sentence, .person)], text: text)
        #expect(kept.map(\.text) == ["นายมาริษ เสงี่ยมพงษ์"])
        #expect(kept.first.map { Array(text[$0.range.start..<$0.range.end]) } == Array("นายมาริษ เสงี่ยมพงษ์".unicodeScalars))
        // Inside a word ("ขุนนาย|…") the letters before are no title.
        let glued = "ขุนนายมาริษ"
        #expect(validator.filter([Self.mention("มาริษ", in: glued, .person)], text: Array(glued.unicodeScalars)).map(\.text)
                == ["มาริษ"])
    }
}
