import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract
@testable import KhaosanResolve

@Suite struct EventExtractorTests {
    static func events(_ text: String) throws -> [String] {
        let pipeline = try ExtractionPipeline(extractors: [EventExtractor()])
        let analyzed = try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text))
        return pipeline.mentions(in: analyzed).filter { $0.label == .event }.map(\.text)
    }

    @Test func findsEveryGoldEventSpanOfTheSeedArticle() throws {
        let lines = try String(contentsOfFile: Repository.path("fixtures/gold/seeds.jsonl"), encoding: .utf8).split(separator: "\n")
        var expected: [ScalarRange] = [], found: [ScalarRange] = []
        for line in lines {
            let gold = try JSONDecoder().decode(GoldExtractions.GoldLine.self, from: Data(line.utf8))
            expected += gold.spans.filter { $0.label == "EVENT" }.map { ScalarRange($0.start, $0.end) }
            let pipeline = try ExtractionPipeline(extractors: [EventExtractor()])
            found += pipeline.mentions(in: try pipeline.analyze(RawDocument(id: gold.id, metadata: DocumentMetadata(), source: gold.text)))
                .map(\.range)
        }
        #expect(expected.count == 4)
        #expect(found == expected)
    }

    @Test func aMeetingOfAnOrganisationNamesItsOrganizer() throws {
        // thaigov-91199: the ORG the rules find right after "การประชุม" and inside the name.
        let pipeline = try ExtractionPipeline(extractors: [OrganizationExtractor(lexicon: Lexicon()), EventExtractor()])
        let text = "ภายหลังเป็นประธานการประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567 ว่า"
        let found = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
        let event = try #require(found.first { $0.label == .event })
        #expect(event.text == "การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567")
        #expect(event.attributes[MentionAttribute.organizer] == "คณะกรรมการโรคติดต่อแห่งชาติ")
        // thaigov-91551: the organizer is the whole name up to the number, where the ORG rule stops short.
        let cut = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(),
            source: "ในการประชุมคณะกรรมการป้องกันและแก้ไขปัญหาการตั้งครรภ์ในวัยรุ่น ครั้งที่ 7/2567 ได้")))
        #expect(cut.first { $0.label == .event }?.attributes[MentionAttribute.organizer]
                == "คณะกรรมการป้องกันและแก้ไขปัญหาการตั้งครรภ์ในวัยรุ่น")
        // thaigov-96125-like: an ORG that ends the name is the body ("…อาเซียน ครั้งที่ 17").
        let ending = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(),
            source: "ในการประชุมผู้บริหารกระทรวงยุติธรรม ครั้งที่ 1/2563 ได้")))
        #expect(ending.first { $0.label == .event }?.attributes[MentionAttribute.organizer] == "กระทรวงยุติธรรม")
        // A meeting named by its subject, not by a body, has none.
        let plain = try #require(try Self.eventMentions("ในการประชุมสุดยอดอาเซียน ครั้งที่ 43 ที่จาการ์ตา").first)
        #expect(plain.attributes[MentionAttribute.organizer] == nil)
    }

    @Test func anUnnumberedThaiEventNameBeforeItsVenueStaysInItsArticle() throws {
        // thaigov-94454, thaigov-99675, thaigov-91804 (session-9 reading, fixtures/review/events-session9.md).
        let pipeline = try ExtractionPipeline(extractors: [PlaceExtractor(lexicon: Lexicon.bundled()),
                                                           OrganizationExtractor(lexicon: Lexicon.bundled()), EventExtractor()])
        func events(_ text: String) throws -> [Mention] {
            pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
                .filter { $0.label == .event }
        }
        let alms = try events("ผู้ช่วยรัฐมนตรีร่วมกิจกรรมตักบาตรข้าวเหนียว ณ จังหวัดเลย เมื่อวันที่")
        #expect(alms.map(\.text) == ["กิจกรรมตักบาตรข้าวเหนียว"])
        #expect(alms.first?.source == EventExtractor.venueSource)
        let meeting = try events("เป็นประธานการประชุมคณะกรรมการควบคุมโรงรับจำนำ ณ จังหวัดนนทบุรี")
        #expect(meeting.map(\.text) == ["การประชุมคณะกรรมการควบคุมโรงรับจำนำ"])
        #expect(meeting.first?.attributes[MentionAttribute.organizer] == "คณะกรรมการควบคุมโรงรับจำนำ")
        // A description after the noun, "งาน" (also "work"), a noun glued to a non-lead word, no place after ณ.
        #expect(try events("เข้าร่วมพิธีต่าง ๆ ณ จังหวัดเลย").isEmpty)
        #expect(try events("เข้าร่วมกิจกรรมเดียวกัน ณ จังหวัดเลย").isEmpty)
        #expect(try events("ผู้แทนหน่วยงานในสังกัดกระทรวง ณ จังหวัดเลย").isEmpty)
        #expect(try events("เนื่องในโอกาสพิธีสมมงคล ณ จังหวัดเลย").isEmpty)
        #expect(try events("เข้าร่วมพิธีสวดมนต์ถวายพระพร ณ ที่นั้น").isEmpty)
    }

    @Test func anUnnumberedEventNameEarlierOnTheLineOfItsVenue() throws {
        // thaigov-57518 (session-10 reading, fixtures/review/locations-session10.md): what the meeting is
        // about and between whom stand between its name and "ณ".
        let pipeline = try ExtractionPipeline(extractors: [PlaceExtractor(lexicon: Lexicon.bundled()), EventExtractor()])
        func events(_ text: String) throws -> [String] {
            pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
                .filter { $0.label == .event }.map(\.text)
        }
        #expect(try events("เปิดเผยภายหลังการประชุมติดตามความก้าวหน้าการดำเนินงานภายใต้ยุทธศาสตร์ข้าวไทย ปี 2563-2567 "
                           + "ระหว่างกระทรวงเกษตรฯ และกระทรวงพาณิชย์ ณ จังหวัดนนทบุรี")
                == ["การประชุมติดตามความก้าวหน้าการดำเนินงานภายใต้ยุทธศาสตร์ข้าวไทย"])
        // thaigov-36104: the occasion glued after the name is not part of it.
        #expect(try events("นายกรัฐมนตรีร่วมกิจกรรมน้อมรำลึกเนื่องในวันคล้ายวันพระราชสมภพ ณ จังหวัดเลย") == ["กิจกรรมน้อมรำลึก"])
        // thaigov-97473, thaigov-73609: a hyphen between Thai letters joins the name's parts.
        #expect(try events("จัดกิจกรรมถ่ายทอดองค์ความรู้ประวัติศาสตร์กำแพงเมือง-คูเมือง จังหวัดเชียงใหม่ ณ จังหวัดเลย")
                == ["กิจกรรมถ่ายทอดองค์ความรู้ประวัติศาสตร์กำแพงเมือง-คูเมือง"])
        #expect(try events("ร่วมเป็นประธานพิธีเปิดโครงการธนาคารโค-กระบือ เพื่อเกษตรกร ณ จังหวัดเลย") == ["พิธีเปิดโครงการธนาคารโค-กระบือ"])
        #expect(try events("ร่วมกิจกรรมปลูกต้นไม้ริมคลอง - ณ จังหวัดเลย") == ["กิจกรรมปลูกต้นไม้ริมคลอง"])
        // thaigov-99537: a clause glued after the hyphen is no part of the name.
        #expect(try events("เป็นประธานการประชุมติดตามสถานการณ์ชายแดนไทย-กัมพูชาร่วมกับผู้ว่าราชการจังหวัดสุรินทร์ ณ จังหวัดเลย")
                == ["การประชุมติดตามสถานการณ์ชายแดนไทย"])
        // Not across a line break or another venue cue; the nearest run with a noun decides ("กิจกรรม และ…").
        #expect(try events("ร่วมกิจกรรมปลูกต้นไม้ริมคลอง\nณ จังหวัดเลย").isEmpty)
        #expect(try events("ร่วมกิจกรรมปลูกต้นไม้ริมคลอง ณ ที่นั้น และมอบของ ณ จังหวัดเลย").isEmpty)
        #expect(try events("ร่วมพิธีเปิดอาคารเรียนหลังใหม่ เข้าร่วมกิจกรรม และมอบของ ณ จังหวัดเลย").isEmpty)
        // thaigov-98302: the cue belongs to the next item of a numbered list.
        #expect(try events("3. จังหวัดบุรีรัมย์ จัดกิจกรรมประโคนชัยแห่เทียนยิ่งใหญ่ พร้อมการโชว์วัฒนธรรม 4. จังหวัดเลย "
                           + "ประเพณีแห่เทียนทางน้ำ ณ จังหวัดเลย").isEmpty)
    }

    @Test func aVenueOnlyTheTaggerFindsPlacesAnEventAfterTheTagger() throws {
        // thaigov-39337: "ห้องราชวัลลภ" is a PLACE of the tagger, not of the rules; "การลงนามใน…" is the signing.
        let text = "เป็นประธานการลงนามในบันทึกข้อตกลงความร่วมมือ ระหว่างสถาบันคุณวุฒิวิชาชีพ และสถาบันการอาชีวศึกษาเกษตร "
            + "ณ ห้องราชวัลลภ กระทรวงศึกษาธิการ"
        let pipeline = try ExtractionPipeline(extractors: [EventExtractor()])
        let analyzed = try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text))
        let start = text.unicodeScalars.count - "ห้องราชวัลลภ กระทรวงศึกษาธิการ".unicodeScalars.count
        let room = analyzed.mention(textRange: ScalarRange(start, start + "ห้องราชวัลลภ".unicodeScalars.count), label: .place,
                                    source: RuleTaggerCombination.taggerSource, confidence: 0.85)
        #expect(EventExtractor().mentions(in: analyzed, earlier: []).isEmpty)
        let events = EventVenueExtractor().mentions(in: analyzed, earlier: [room])
        #expect(events.map(\.text) == ["การลงนามในบันทึกข้อตกลงความร่วมมือ"])
        #expect(events.first?.source == EventExtractor.venueSource)
        // An event found before the tagger is not found again.
        #expect(EventVenueExtractor().mentions(in: analyzed, earlier: [room] + events).isEmpty)
        // A name holding a mention of the rules is left to it (the weekly cabinet meeting keeps its ORG);
        // a tagger span inside the name is no such mention.
        let cabinet = try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(),
                                                       source: "เป็นประธานการประชุมคณะรัฐมนตรี ณ ห้องราชวัลลภ"))
        let body = ScalarRange(19, 19 + "คณะรัฐมนตรี".unicodeScalars.count)
        let hall = cabinet.mention(textRange: ScalarRange(body.end + 3, body.end + 3 + "ห้องราชวัลลภ".unicodeScalars.count),
                                   label: .place, source: RuleTaggerCombination.taggerSource, confidence: 0.85)
        #expect(cabinet.mention(textRange: body, label: .organization, source: "t").text == "คณะรัฐมนตรี")
        #expect(EventVenueExtractor().mentions(in: cabinet, earlier: [hall, cabinet.mention(textRange: body, label: .organization,
                                                                                            source: "org.lexicon")]).isEmpty)
        #expect(EventVenueExtractor().mentions(in: cabinet, earlier: [hall, cabinet.mention(textRange: body, label: .organization,
            source: RuleTaggerCombination.taggerSource)]).map(\.text) == ["การประชุมคณะรัฐมนตรี"])
        // Descriptions and cut names are no names.
        for description in ["ร่วมกิจกรรมพิเศษอีกมากมาย", "เป็นประธานการประชุมหารือข้อราชการร่วมกับ", "จัดนิทรรศการชุดผ้าไหมกว่า"] {
            let other = try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: description + " ณ ห้องราชวัลลภ"))
            let at = description.unicodeScalars.count + 3
            let place = other.mention(textRange: ScalarRange(at, at + "ห้องราชวัลลภ".unicodeScalars.count), label: .place,
                                      source: RuleTaggerCombination.taggerSource, confidence: 0.85)
            #expect(EventVenueExtractor().mentions(in: other, earlier: [place]).isEmpty, "\(description)")
        }
        // "ครั้งนี้" glued after the name ends it.
        let cut = try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(),
                                                   source: "การลงนามบันทึกความร่วมมือครั้งนี้มีผู้บริหาร ณ ห้องราชวัลลภ"))
        let at = "การลงนามบันทึกความร่วมมือครั้งนี้มีผู้บริหาร ณ ".unicodeScalars.count
        let room2 = cut.mention(textRange: ScalarRange(at, at + "ห้องราชวัลลภ".unicodeScalars.count), label: .place,
                                source: RuleTaggerCombination.taggerSource, confidence: 0.85)
        #expect(EventVenueExtractor().mentions(in: cut, earlier: [room2]).map(\.text) == ["การลงนามบันทึกความร่วมมือ"])
    }

    @Test func theVenueCueIsTheWordNotTheLetterAndMaySkipAFiller() {
        let text = Array("คุณ สมชาย ณ บริเวณตลาดน้ำ ณ  ห้องประชุม".unicodeScalars)
        #expect(!VenueCue.isCue(at: 2, in: text))   // the last letter of "คุณ"
        #expect(VenueCue.isCue(at: 10, in: text))
        #expect(VenueCue.cue(before: 18, in: text) == 10)   // "ตลาดน้ำ" after "ณ บริเวณ"
        #expect(VenueCue.placeStarts(afterCue: 10, in: text) == [12, 18])   // a PLACE may hold "บริเวณ"
        #expect(VenueCue.placeStarts(afterCue: 26, in: text) == [29])
        #expect(VenueCue.cue(before: 29, in: text) == 26)   // two spaces
        #expect(VenueCue.cue(before: 4, in: text) == nil)
        let gap = Array("งานนี้ 4. ต่อไป 10.00 น. 2.5 ไมครอน เดินทางไป".unicodeScalars)
        #expect(VenueCue.stopsAGap(at: 7, in: gap))    // " 4. ": a new list item
        #expect(!VenueCue.gapIsStopped(from: 10, to: 36, in: gap))   // a time and a decimal are no items
        #expect(VenueCue.stopsAGap(at: 36, in: gap))   // "เดินทาง"
    }

    @Test func twoArticlesWithTheSameUnnumberedEventNameHaveTwoEvents() {
        typealias R = EntityResolverTests
        func event(_ doc: String) -> DocumentExtraction {
            var m = R.mention("กิจกรรมตักบาตรข้าวเหนียว", .event, at: 0)
            m.source = EventExtractor.venueSource
            return R.document(doc, [m])
        }
        #expect(EntityResolver().resolve([event("a"), event("b")]).entities.count == 2)
    }

    static func eventMentions(_ text: String) throws -> [Mention] {
        let pipeline = try ExtractionPipeline(extractors: [EventExtractor()])
        return pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
    }

    @Test func latinNamesAfterAnEventNounStopAtThaiAndKeepTheSubtitle() throws {
        #expect(try Self.events("ร่วมงาน Thailand Smart City Expo 2024 ที่กรุงเทพ") == ["Thailand Smart City Expo 2024"])
        #expect(try Self.events("การประชุม APEC 2022: Open. Connect. Balance. ณ กรุงเทพ") == ["APEC 2022: Open. Connect. Balance"])
    }

    @Test func quotedNamesAndNumberedThaiNames() throws {
        #expect(try Self.events("จัดงาน “มหัศจรรย์เมืองพะเยา” ที่กว๊านพะเยา") == ["มหัศจรรย์เมืองพะเยา"])
        #expect(try Self.events("ในการประชุมสุดยอดอาเซียน ครั้งที่ 43 ที่จาการ์ตา") == ["การประชุมสุดยอดอาเซียน ครั้งที่ 43"])
        // thaigov-25955, thaigov-36082, thaigov-3141: a meeting number's year is part of the name.
        #expect(try Self.events("และการประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2563 โดยมี")
                == ["การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1/2563"])
        #expect(try Self.events("ในการประชุมคณะกรรมการตรวจสอบทรัพย์สิน ครั้งที่ ๒๒/๒๕๖๓ โดยมี")
                == ["การประชุมคณะกรรมการตรวจสอบทรัพย์สิน ครั้งที่ ๒๒/๒๕๖๓"])
        #expect(try Self.events("ในการประชุมคณะกรรมการนโยบาย ครั้งที่ 2/60 รับทราบ") == ["การประชุมคณะกรรมการนโยบาย ครั้งที่ 2/60"])
        // thaigov-36082: "เป็นประธานการประชุม…": the chair of a meeting; "หน่วยงาน" is no lead.
        #expect(try Self.events("เป็นประธานการประชุมคณะกรรมการตรวจสอบทรัพย์สิน ครั้งที่ ๒๒/๒๕๖๓ โดยมี")
                == ["การประชุมคณะกรรมการตรวจสอบทรัพย์สิน ครั้งที่ ๒๒/๒๕๖๓"])
        #expect(try Self.events("ภายหลังการประชุมคณะกรรมการนโยบาย ครั้งที่ 2/2566 ว่า") == ["การประชุมคณะกรรมการนโยบาย ครั้งที่ 2/2566"])
        #expect(try Self.events("ของหน่วยงานภาครัฐ ประจำปี 2566") == [])
        // thaigov-35809: spaces around the slash.
        #expect(try Self.events("ในการประชุมผู้บริหารกระทรวง ครั้งที่ 4 / 2563 และ") == ["การประชุมผู้บริหารกระทรวง ครั้งที่ 4 / 2563"])
        // Not a year: a date or a longer number after the slash.
        #expect(try Self.events("ในการประชุมคณะกรรมการนโยบาย ครั้งที่ 2/10/2563 รับทราบ") == ["การประชุมคณะกรรมการนโยบาย ครั้งที่ 2"])
        #expect(try Self.events("ในการประชุมคณะกรรมการนโยบาย ครั้งที่ 2/123 รับทราบ") == ["การประชุมคณะกรรมการนโยบาย ครั้งที่ 2"])
    }

    @Test func ordinaryWordsAfterAnEventNounAreNotEvents() throws {
        #expect(try Self.events("การประชุมหารือแนวทางการพัฒนา งานนี้จัดขึ้นโดยกระทรวง ประชุม 3 ชั่วโมง งาน UN") == [])
    }
}

extension EventExtractorTests {
    // Regressions from thaigov news, where "งาน" also means "work".
    @Test func workIsNotAnEvent() throws {
        #expect(try Self.events("ติดตามงาน TIP Report ของกระทรวง") == [])
        #expect(try Self.events("ทำงาน Social media ให้ทันสมัย") == [])
        #expect(try Self.events("ผลงานของหน่วยงานภาครัฐ ประจำปี 2565") == [])
        #expect(try Self.events("เปิดงาน Thailand Social Expo 2018 อย่างเป็นทางการ") == ["Thailand Social Expo 2018"])
        #expect(try Self.events("การประชุม APEC FMM ที่กรุงเทพ") == ["APEC FMM"])
    }

    @Test func quotedSentencesAreNotNames() throws {
        #expect(try Self.events("งาน “ก็จะมีการเสริมสร้างศักยภาพคน สร้างโอกาสในการประกอบอาชีพ ดูแลสวัสดิการ ให้พี่น้อง ประชาชน โดยมี”") == [])
        #expect(try Self.events("งาน “ จับมือไว้แล้วไปด้วยกัน ”") == ["จับมือไว้แล้วไปด้วยกัน"])
    }
}

extension EventExtractorTests {
    @Test func anEventNounNearTheStartOfTheTextDoesNotCrash() throws {
        #expect(try Self.events("ลงาน ครั้งที่ 2") == [])
        #expect(try Self.events("งานกาชาด ประจำปี 2566") == ["งานกาชาด ประจำปี 2566"])
    }
}
