import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

/// Event dates on sentences of thaigov-93973 ("นายกฯบินเบอร์ลินวันนี้ …", 3 March 2025, public domain).
@Suite struct EventDateFinderTests {
    /// Date facts of `text` whose mentions are (surface, label, value), each found from the previous one's
    /// start (so a mention may lie inside the one before it).
    static func dates(_ text: String, _ spans: [(String, MentionLabel, String?)]) -> [(String, String, String)] {
        var mentions: [Mention] = []
        var from = text.startIndex
        for (surface, label, value) in spans {
            let found = text.range(of: surface, range: from..<text.endIndex)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            mentions.append(Mention(range: ScalarRange(start, start + surface.unicodeScalars.count), label: label,
                                    text: surface, value: value, source: ["วันนี้", "ปีหน้า"].contains(surface) ? "date.relative" : "test"))
            from = found.lowerBound
        }
        let byRange = Dictionary(uniqueKeysWithValues: mentions.map { ($0.range, $0.text) })
        return RelationExtractor().relations(in: Document(id: "t", source: text), mentions: mentions)
            .filter { $0.predicate == .startDate || $0.predicate == .endDate }
            .map { (byRange[$0.subject]!, $0.predicate.rawValue, $0.literal!) }
    }

    @Test func aYearInTheNameBeatsAnotherYearOfTheSentence() {
        // Before the fix the event got 1966 (ITB was first held in 2509 BE).
        let text = "ร่วมงาน ITB Berlin 2025 เป็นงานมหกรรมส่งเสริมการขายทางการท่องเที่ยวที่ใหญ่และสำคัญที่สุดในโลก โดยจัดขึ้นครั้งแรกในปี พ.ศ. 2509 และในปี 2568 เป็นการจัดงานครั้งที่ 58"
        let facts = Self.dates(text, [("ITB Berlin 2025", .event, nil), ("ปี พ.ศ. 2509", .date, "1966"), ("ปี 2568", .date, "2025")])
        #expect(facts.map(\.2) == ["2025"])
    }

    @Test func aDateOfTheSentenceInTheNamedYearRefinesIt() {
        let text = "โดยงาน ITB Berlin 2025 จัดขึ้นระหว่างวันที่ 4-6 มีนาคม 2568 ณ Berlin ExpoCenter City"
        let facts = Self.dates(text, [("ITB Berlin 2025", .event, nil), ("4-6 มีนาคม 2568", .date, "2025-03-04/2025-03-06")])
        #expect(RelationExtractorTests.has(facts, "ITB Berlin 2025", "startDate", "2025-03-04"))
        #expect(RelationExtractorTests.has(facts, "ITB Berlin 2025", "endDate", "2025-03-06"))
        #expect(facts.count == 2)
    }

    @Test func aRelativeDateDoesNotDateTheEvent() {
        // "วันนี้" is the day the prime minister flies, not the fair's.
        let text = "นายกฯบินเบอร์ลินวันนี้ พบทีมไทยแลนด์ยุโรป พร้อมร่วมงาน ITB Berlin 2025 งานท่องเที่ยวที่ใหญ่ที่สุดในโลก"
        let facts = Self.dates(text, [("วันนี้", .date, "2025-03-03"), ("ITB Berlin 2025", .event, nil)])
        #expect(facts.map(\.2) == ["2025"])
        // A relative year counts (thaigov-537: the third meeting is to be held next year).
        let next = "บาห์เรนยินดีเป็นเจ้าภาพจัดการประชุมคณะกรรมาธิการร่วมทวิภาคีระดับสูงระหว่างไทยกับบาห์เรน ครั้งที่ 3 ในปีหน้า ซึ่งจะเป็นโอกาสอันดี"
        #expect(Self.dates(next, [("การประชุมคณะกรรมาธิการร่วมทวิภาคีระดับสูงระหว่างไทยกับบาห์เรน ครั้งที่ 3", .event, nil),
                                  ("ปีหน้า", .date, "2017")]).map(\.2) == ["2017"])
    }

    @Test func withoutAYearInTheNameOnlyADateOfTheSameSentenceCounts() {
        let text = "วันอังคารที่ 4 มีนาคม 2568\nนายกรัฐมนตรีเปิดงาน Thai Night Festival ณ กรุงเบอร์ลิน"
        #expect(Self.dates(text, [("4 มีนาคม 2568", .date, "2025-03-04"), ("Thai Night Festival", .event, nil)]).isEmpty)
        let same = "เมื่อวันที่ 4 มีนาคม 2568 นายกรัฐมนตรีเปิดงาน Thai Night Festival ณ กรุงเบอร์ลิน"
        #expect(Self.dates(same, [("4 มีนาคม 2568", .date, "2025-03-04"), ("Thai Night Festival", .event, nil)]).map(\.2)
                == ["2025-03-04"])
    }

    @Test func coordinatedEventsShareTheDateAfterThem() {
        // thaigov-8307 (2017): both fairs are held 1-4 December.
        let text = "ขอเชิญชวนประชาชนที่สนใจเข้าร่วมงานงานวันคนพิการสากล ประจำปี 2560 และงานมหกรรมอารยสถาปัตย์และนวัตกรรมสุขภาพเพื่อคนทั้งมวล ครั้งที่ 2 ในวันที่ 1 - 4 ธันวาคม 2560 ณ Hall 1 - 2"
        let facts = Self.dates(text, [("งานวันคนพิการสากล ประจำปี 2560", .event, nil),
                                      ("งานมหกรรมอารยสถาปัตย์และนวัตกรรมสุขภาพเพื่อคนทั้งมวล ครั้งที่ 2", .event, nil),
                                      ("1 - 4 ธันวาคม 2560", .date, "2017-12-01/2017-12-04")])
        #expect(facts.filter { $0.1 == "startDate" }.map(\.2) == ["2017-12-01", "2017-12-01"])
    }

    @Test func aLongPastYearInTheNameIsNotTheEventsDate() {
        // thaigov-4813, published 2017: an exhibition of the 1950 stamps.
        let text = "นิทรรศการ แสตมป์ของพ่อ 2493 เพื่อประโยชน์สุขแห่งมหาชนชาวสยาม"
        let document = Document(id: "t", metadata: DocumentMetadata(datePublished: "2017-07-20"), source: text)
        let name = "แสตมป์ของพ่อ 2493 เพื่อประโยชน์สุขแห่งมหาชนชาวสยาม"
        let event = Mention(range: ScalarRange(10, 10 + name.unicodeScalars.count), label: .event, text: name, source: "test")
        #expect(RelationExtractor().relations(in: document, mentions: [event]).isEmpty)
        #expect(Self.dates(text, [(name, .event, nil)]).map(\.2) == ["1950"])   // no publication date: kept
    }

    @Test func aDateInsideAnotherMentionIsSkipped() {
        let text = "งาน Thai Night Festival ของ แผนพัฒนาฯ พ.ศ. 2566 ครั้งนี้"
        let facts = Self.dates(text, [("Thai Night Festival", .event, nil), ("แผนพัฒนาฯ พ.ศ. 2566", .organization, nil),
                                      ("พ.ศ. 2566", .date, "2023")])
        #expect(facts.isEmpty)
    }

    @Test func yearsInNames() {
        #expect(EventDateFinder.year(inName: "ITB Berlin 2025") == "2025")
        #expect(EventDateFinder.year(inName: "งานกาชาด ประจำปี 2566") == "2023")
        #expect(EventDateFinder.year(inName: "งานกาชาด ประจำปี ๒๕๖๖") == "2023")
        #expect(EventDateFinder.year(inName: "การประชุมสุดยอดอาเซียน ครั้งที่ 43") == nil)
        #expect(EventDateFinder.year(inName: "COP 12345") == nil)
    }
}
