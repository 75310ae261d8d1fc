import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct RelationExtractorTests {
    /// Relations of `text` whose mentions are given as (surface, label) in order of appearance.
    static func relations(_ text: String, _ spans: [(String, MentionLabel, String?)]) -> [(String, String, String)] {
        let document = Document(id: "t", source: text)
        var mentions: [Mention] = []
        var from = text.startIndex
        for (surface, label, value) in spans {
            let found = text.range(of: surface, range: from..<text.endIndex)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            let range = ScalarRange(start, start + surface.unicodeScalars.count)
            mentions.append(Mention(range: range, label: label, text: surface, value: value, source: "test"))
            from = found.upperBound
        }
        let byRange = Dictionary(uniqueKeysWithValues: mentions.map { ($0.range, $0.text) })
        return RelationExtractor().relations(in: document, mentions: mentions).map { fact in
            (byRange[fact.subject]!, fact.predicate.rawValue, fact.object.map { byRange[$0]! } ?? fact.literal!)
        }
    }

    static func has(_ facts: [(String, String, String)], _ s: String, _ p: String, _ o: String) -> Bool {
        facts.contains { $0 == (s, p, o) }
    }

    @Test func bundledRoleNounsLoad() {
        #expect(RoleNouns.bundled.roles.count > 20)
    }

    @Test func roleAndOrganisationBeforeTheName() {
        let facts = Self.relations("เมื่อวันที่ 16-18 พฤศจิกายน 2566 อธิการบดีมหาวิทยาลัยพะเยา รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์ มอบหมาย",
                                   [("16-18 พฤศจิกายน 2566", .date, "2023-11-16/2023-11-18"), ("มหาวิทยาลัยพะเยา", .organization, nil),
                                    ("รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์", .person, nil)])
        #expect(Self.has(facts, "รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์", "jobTitle", "อธิการบดีมหาวิทยาลัยพะเยา"))
        #expect(Self.has(facts, "รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์", "worksFor", "มหาวิทยาลัยพะเยา"))
        #expect(facts.count == 2)
    }

    @Test func chainedRolesAndTheLongestRoleWin() {
        let facts = Self.relations("พร้อมด้วยเลขานุการนายกองค์การบริหารส่วนจังหวัดพะเยา นางสาวญภา วิทย์นลากรณ์ และผู้ช่วยอธิการบดี นายสมชาย ใจดี",
                                   [("องค์การบริหารส่วนจังหวัดพะเยา", .organization, nil), ("นางสาวญภา วิทย์นลากรณ์", .person, nil),
                                    ("นายสมชาย ใจดี", .person, nil)])
        #expect(Self.has(facts, "นางสาวญภา วิทย์นลากรณ์", "jobTitle", "เลขานุการนายกองค์การบริหารส่วนจังหวัดพะเยา"))
        #expect(Self.has(facts, "นางสาวญภา วิทย์นลากรณ์", "worksFor", "องค์การบริหารส่วนจังหวัดพะเยา"))
        #expect(Self.has(facts, "นายสมชาย ใจดี", "jobTitle", "ผู้ช่วยอธิการบดี"))
        #expect(!Self.has(facts, "นางสาวญภา วิทย์นลากรณ์", "jobTitle", "ผู้ช่วยอธิการบดี"))
    }

    @Test func organisationAndEnglishRoleAfterTheName() {
        let facts = Self.relations("ได้รับเกียรติจาก นาง Kamla Khalidi, UNDP Resident Representative เป็นผู้เปิดงาน",
                                   [("นาง Kamla Khalidi", .person, nil), ("UNDP", .organization, nil)])
        #expect(Self.has(facts, "นาง Kamla Khalidi", "worksFor", "UNDP"))
        #expect(Self.has(facts, "นาง Kamla Khalidi", "jobTitle", "Resident Representative"))
    }

    @Test func thaiRoleAndOrganisationAfterTheName() {
        let facts = Self.relations("นายสมชาย ใจดี ผู้อำนวยการสำนักงานสถิติแห่งชาติ กล่าวว่า",
                                   [("นายสมชาย ใจดี", .person, nil), ("สำนักงานสถิติแห่งชาติ", .organization, nil)])
        #expect(Self.has(facts, "นายสมชาย ใจดี", "jobTitle", "ผู้อำนวยการสำนักงานสถิติแห่งชาติ"))
        #expect(Self.has(facts, "นายสมชาย ใจดี", "worksFor", "สำนักงานสถิติแห่งชาติ"))
    }

    @Test func eventLocationDatesAndOrganizer() {
        let text = "เมื่อวันที่ 16-18 พฤศจิกายน 2566 ผู้แทนเข้าร่วม ณ กรุงฮานอย ประเทศเวียดนาม ในงาน ASEAN Forum 2023 ซึ่งจัดโดยกระทรวงวัฒนธรรม\nงาน ASEAN Forum 2023 ณ กรุงฮานอย"
        let facts = Self.relations(text, [("16-18 พฤศจิกายน 2566", .date, "2023-11-16/2023-11-18"), ("กรุงฮานอย", .place, nil),
                                          ("ประเทศเวียดนาม", .place, nil), ("ASEAN Forum 2023", .event, nil),
                                          ("กระทรวงวัฒนธรรม", .organization, nil), ("ASEAN Forum 2023", .event, nil),
                                          ("กรุงฮานอย", .place, nil)])
        #expect(Self.has(facts, "ASEAN Forum 2023", "location", "กรุงฮานอย"))
        #expect(Self.has(facts, "ASEAN Forum 2023", "startDate", "2023-11-16"))
        #expect(Self.has(facts, "ASEAN Forum 2023", "endDate", "2023-11-18"))
        #expect(Self.has(facts, "ASEAN Forum 2023", "organizer", "กระทรวงวัฒนธรรม"))
        #expect(Self.has(facts, "กรุงฮานอย", "containedInPlace", "ประเทศเวียดนาม"))
        // The second paragraph's mention gets its place from "ณ", and only the year of its name as date
        // (the full date is in another paragraph).
        #expect(facts.filter { $0.1 == "startDate" }.map(\.2).sorted() == ["2023", "2023-11-16"])
        // Each place of the chain before "ในงาน": the city and the country it is written with.
        #expect(Self.has(facts, "ASEAN Forum 2023", "location", "ประเทศเวียดนาม"))
        #expect(facts.filter { $0.1 == "location" }.count == 3)
    }

    @Test func anOrganisationAtAPlace() {
        let facts = Self.relations("ศูนย์การเรียนรู้ ณ จังหวัดพะเยา", [("ศูนย์การเรียนรู้", .organization, nil), ("จังหวัดพะเยา", .place, nil)])
        #expect(Self.has(facts, "ศูนย์การเรียนรู้", "location", "จังหวัดพะเยา"))
    }

    @Test func noRelationWithoutACue() {
        let facts = Self.relations("มหาวิทยาลัยพะเยา และ นายสมชาย ใจดี เดินทางไป จังหวัดพะเยา",
                                   [("มหาวิทยาลัยพะเยา", .organization, nil), ("นายสมชาย ใจดี", .person, nil), ("จังหวัดพะเยา", .place, nil)])
        #expect(facts.isEmpty)
    }
}

@Suite struct RelationJobTitleTests {
    @Test func oneFullJobTitleWhenPersonRulesAndARoleChainDisagreeOnItsEnd() {
        // thaigov-75443: "ปลัดกระทรวง" (person rules) and "ปลัด" + ORG (role chain) gave two jobTitles;
        // now the one title is the whole phrase.
        let text = "วันที่ 29 พฤศจิกายน 2566 ปลัดกระทรวงอุตสาหกรรม ดร.ณัฐพล รังสิตพล ร่วมเป็นเกียรติเปิดงาน"
        let document = Document(id: "t", source: text)
        func range(_ s: String) -> ScalarRange {
            let r = text.range(of: s)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            return ScalarRange(start, start + s.unicodeScalars.count)
        }
        let person = Mention(range: range("ดร.ณัฐพล รังสิตพล"), label: .person, text: "ดร.ณัฐพล รังสิตพล",
                             person: PersonNameParts(role: "ปลัดกระทรวง"), source: "test")
        let org = Mention(range: range("กระทรวงอุตสาหกรรม"), label: .organization, text: "กระทรวงอุตสาหกรรม", source: "test")
        let facts = RelationExtractor().relations(in: document, mentions: [org, person])
        #expect(facts.filter { $0.predicate == .jobTitle }.map(\.literal) == ["ปลัดกระทรวงอุตสาหกรรม"])
        #expect(facts.contains { $0.predicate == .worksFor && $0.object == org.range })
    }

    @Test func thePeopleAndRelationRulesShareOneRoleList() {
        // A role only the old person list had now makes a jobTitle chain for relations too.
        #expect(RoleNouns.bundled.chain(startingAt: 0, in: Array("ปลัดกระทรวง".unicodeScalars))?.role == "ปลัดกระทรวง")
        #expect(RoleNouns.bundled.chain(startingAt: 0, in: Array("Resident Representative".unicodeScalars)) != nil)
    }
}

@Suite struct RelationOrganisationVenueTests {
    @Test func aMeetingPlaceAfterANationalBodyIsNotItsLocation() {
        // thaigov-8434 and thaigov-3731: the venue of a meeting with the World Bank; a trade office abroad.
        let meeting = RelationExtractorTests.relations("ร่วมหารือทวิภาคีกับผู้บริหารธนาคารโลก ณ สาธารณรัฐเอสโตเนีย",
                                                       [("ธนาคารโลก", .organization, nil), ("สาธารณรัฐเอสโตเนีย", .place, nil)])
        #expect(meeting.isEmpty)
        let office = RelationExtractorTests.relations("รายงานจากสำนักงานส่งเสริมการค้าระหว่างประเทศ ณ กรุงโตเกียว ประเทศญี่ปุ่น ว่า",
                                                      [("สำนักงานส่งเสริมการค้าระหว่างประเทศ", .organization, nil),
                                                       ("กรุงโตเกียว", .place, nil)])
        #expect(RelationExtractorTests.has(office, "สำนักงานส่งเสริมการค้าระหว่างประเทศ", "location", "กรุงโตเกียว"))
    }
}

/// Locations written as a chain of places or as an organisation's address (graph gold convention:
/// the venue and each area the text places it in).
@Suite struct RelationAddressTests {
    @Test func everyPlaceOfTheChainAfterAnEventsVenueCue() {
        // thaigov-92369.
        let facts = RelationExtractorTests.relations("เข้าร่วมพิธีเจริญพระพุทธมนต์ ณ วัดราชาธิวาส เขตดุสิต กรุงเทพมหานคร วันนี้",
                                                     [("พิธีเจริญพระพุทธมนต์", .event, nil), ("วัดราชาธิวาส", .place, nil),
                                                      ("เขตดุสิต", .place, nil), ("กรุงเทพมหานคร", .place, nil)])
        #expect(facts.filter { $0.1 == "location" }.map(\.2) == ["วัดราชาธิวาส", "เขตดุสิต", "กรุงเทพมหานคร"])
    }

    @Test func theChainPassesOverAddressPartsToAnArea() {
        // thaigov-26261: a village and its number stand between the venue and the sub-district.
        let text = "ในพิธีมหกรรมบ้านพอเพียง ณ สำนักสงฆ์เขาดินเนินหย่อง บ้านหนองกรับ หมู่ที่ 3 ตำบลหนองบัว อำเภอบ้านค่าย จังหวัดระยอง โดย"
        let facts = RelationExtractorTests.relations(text, [("พิธีมหกรรมบ้านพอเพียง", .event, nil), ("สำนักสงฆ์เขาดินเนินหย่อง", .place, nil),
                                                            ("ตำบลหนองบัว", .place, nil), ("อำเภอบ้านค่าย", .place, nil),
                                                            ("จังหวัดระยอง", .place, nil)])
        #expect(facts.filter { $0.1 == "location" }.map(\.2)
                == ["สำนักสงฆ์เขาดินเนินหย่อง", "ตำบลหนองบัว", "อำเภอบ้านค่าย", "จังหวัดระยอง"])
        // A building and a floor before a district; a part glued to its head ("ม.3").
        let floor = RelationExtractorTests.relations("พิธีเปิดงาน ณ ห้องประชุมใหญ่ อาคาร ๓ ชั้น ๒ เขตดินแดง กรุงเทพมหานคร",
                                                     [("พิธีเปิดงาน", .event, nil), ("ห้องประชุมใหญ่", .place, nil),
                                                      ("เขตดินแดง", .place, nil), ("กรุงเทพมหานคร", .place, nil)])
        #expect(floor.filter { $0.1 == "location" }.map(\.2) == ["ห้องประชุมใหญ่", "เขตดินแดง", "กรุงเทพมหานคร"])
        let glued = RelationExtractorTests.relations("พิธีเปิดงาน ณ วัดป่าดานวิเวก ม.3 ต.ศรีชมภู",
                                                     [("พิธีเปิดงาน", .event, nil), ("วัดป่าดานวิเวก", .place, nil), ("ต.ศรีชมภู", .place, nil)])
        #expect(glued.filter { $0.1 == "location" }.map(\.2) == ["วัดป่าดานวิเวก", "ต.ศรีชมภู"])
        // Only to an administrative area: not to another venue, not past a word that is no address part.
        let venue = RelationExtractorTests.relations("พิธีเปิดงาน ณ วัดป่าดานวิเวก บ้านหนองกรับ โรงเรียนบ้านหนองกรับ",
                                                     [("พิธีเปิดงาน", .event, nil), ("วัดป่าดานวิเวก", .place, nil),
                                                      ("โรงเรียนบ้านหนองกรับ", .place, nil)])
        #expect(venue.filter { $0.1 == "location" }.map(\.2) == ["วัดป่าดานวิเวก"])
        let other = RelationExtractorTests.relations("พิธีเปิดงาน ณ วัดป่าดานวิเวก พร้อมด้วย ต.ศรีชมภู",
                                                     [("พิธีเปิดงาน", .event, nil), ("วัดป่าดานวิเวก", .place, nil), ("ต.ศรีชมภู", .place, nil)])
        #expect(other.filter { $0.1 == "location" }.map(\.2) == ["วัดป่าดานวิเวก"])
    }

    @Test func anEventsVenueLaterOnItsLine() {
        // thaigov-5683: who organised it and when stand between the event and "ณ".
        let award = RelationExtractorTests.relations(
            "ในงานมอบรางวัลทุนหมุนเวียน ประจำปี 2560 ซึ่งจัดโดยกรมบัญชีกลาง เมื่อวันที่ 2 สิงหาคม 2560 ณ บริเวณตึกสันติไมตรี วันนี้",
            [("งานมอบรางวัลทุนหมุนเวียน ประจำปี 2560", .event, nil), ("กรมบัญชีกลาง", .organization, nil),
             ("2 สิงหาคม 2560", .date, "2017-08-02"), ("ตึกสันติไมตรี", .place, nil)])
        #expect(award.filter { $0.1 == "location" }.map(\.2) == ["ตึกสันติไมตรี"])
        // A PLACE mention that holds the filler "บริเวณ" is the place too.
        let held = RelationExtractorTests.relations("งานกาชาด ประจำปี 2567 จัดขึ้นวันนี้ ณ บริเวณสวนลุมพินี",
                                                    [("งานกาชาด ประจำปี 2567", .event, nil), ("บริเวณสวนลุมพินี", .place, nil)])
        #expect(held.filter { $0.1 == "location" }.map(\.2) == ["บริเวณสวนลุมพินี"])
        // Another event named first ("จัดงาน…"), a line break, or no place after the cue: no location.
        let other = RelationExtractorTests.relations(
            "การประชุมคณะรัฐมนตรี ครั้งที่ 5/2563 มีมติให้จัดงานกาชาด ณ จังหวัดเชียงใหม่",
            [("การประชุมคณะรัฐมนตรี ครั้งที่ 5/2563", .event, nil), ("จังหวัดเชียงใหม่", .place, nil)])
        #expect(!other.contains { $0.1 == "location" })
        let nextLine = RelationExtractorTests.relations("การประชุมคณะรัฐมนตรี ครั้งที่ 5/2563 โดยมีนายกรัฐมนตรี\nณ จังหวัดเชียงใหม่",
                                                        [("การประชุมคณะรัฐมนตรี ครั้งที่ 5/2563", .event, nil), ("จังหวัดเชียงใหม่", .place, nil)])
        #expect(!nextLine.contains { $0.1 == "location" })
        // thaigov-93026: a trip after the meeting has the cue ("…เดินทางเยือน… ณ กรุงปักกิ่ง").
        let trip = RelationExtractorTests.relations(
            "ภายหลังการประชุมคณะรัฐมนตรี ครั้งที่ 5/2568 ถึงการมีกำหนดเดินทางเยือนสาธารณรัฐประชาชนจีนอย่างเป็นทางการ ณ กรุงปักกิ่ง",
            [("การประชุมคณะรัฐมนตรี ครั้งที่ 5/2568", .event, nil), ("กรุงปักกิ่ง", .place, nil)])
        #expect(!trip.contains { $0.1 == "location" })
        // The same meeting named again ("การประชุมฯ") is no other event.
        let again = RelationExtractorTests.relations("การประชุมคณะรัฐมนตรี ครั้งที่ 1/2563 โดยมี นายกรัฐมนตรี เป็นประธานการประชุมฯ ณ จังหวัดนราธิวาส",
                                                     [("การประชุมคณะรัฐมนตรี ครั้งที่ 1/2563", .event, nil), ("จังหวัดนราธิวาส", .place, nil)])
        #expect(again.filter { $0.1 == "location" }.map(\.2) == ["จังหวัดนราธิวาส"])
    }

    @Test func anOrganisationAtTheVenueIsInTheThaiProvinceAfterIt() {
        // thaigov-99381: "ที่ ORG จ.นนทบุรี" (session-10 reading, fixtures/review/locations-session10.md).
        let office = RelationExtractorTests.relations("วันนี้ (6 สิงหาคม 2568) ที่ สำนักงานปลัดกระทรวงสาธารณสุข จ.นนทบุรี นายสมศักดิ์",
                                                      [("สำนักงานปลัดกระทรวงสาธารณสุข", .organization, nil), ("จ.นนทบุรี", .place, nil)])
        #expect(office.filter { $0.1 == "location" }.map(\.2) == ["จ.นนทบุรี"])
        // Not without the venue cue, not a list of provinces (thaigov-98582), not a capital abroad.
        let noCue = RelationExtractorTests.relations("ผู้แทนสำนักงานปลัดกระทรวงสาธารณสุข จ.นนทบุรี เข้าร่วม",
                                                     [("สำนักงานปลัดกระทรวงสาธารณสุข", .organization, nil), ("จ.นนทบุรี", .place, nil)])
        #expect(!noCue.contains { $0.1 == "location" })
        let list = RelationExtractorTests.relations("ณ สำนักงานอุตสาหกรรมจังหวัด จังหวัดหนองบัวลำภู จังหวัดอุดรธานี และ",
                                                    [("สำนักงานอุตสาหกรรมจังหวัด", .organization, nil), ("จังหวัดหนองบัวลำภู", .place, nil),
                                                     ("จังหวัดอุดรธานี", .place, nil)])
        #expect(!list.contains { $0.1 == "location" })
        let abroad = RelationExtractorTests.relations("ณ สถานเอกอัครราชทูตไทย กรุงจาการ์ตา ประเทศอินโดนีเซีย",
                                                      [("สถานเอกอัครราชทูตไทย", .organization, nil), ("กรุงจาการ์ตา", .place, nil),
                                                       ("ประเทศอินโดนีเซีย", .place, nil)])
        #expect(!abroad.contains { $0.1 == "location" })
    }

    @Test func administrativeAreasRightAfterAnOrganisationAreItsAddress() {
        // thaigov-25955 and thaigov-36082.
        let university = RelationExtractorTests.relations(
            "ณ มหาวิทยาลัยนราธิวาสราชนครินทร์ ต.โคกเคียน อ.เมืองนราธิวาส จ.นราธิวาส โดยมี",
            [("มหาวิทยาลัยนราธิวาสราชนครินทร์", .organization, nil), ("ต.โคกเคียน", .place, nil),
             ("อ.เมืองนราธิวาส", .place, nil), ("จ.นราธิวาส", .place, nil)])
        #expect(university.filter { $0.1 == "location" }.map(\.2) == ["ต.โคกเคียน", "อ.เมืองนราธิวาส", "จ.นราธิวาส"])
        #expect(university.allSatisfy { $0.0 == "มหาวิทยาลัยนราธิวาสราชนครินทร์" })
        let office = RelationExtractorTests.relations("ณ ห้องประชุม สำนักงาน ป.ป.ส. เขตดินแดง กรุงเทพฯ",
                                                      [("สำนักงาน ป.ป.ส.", .organization, nil), ("เขตดินแดง", .place, nil),
                                                       ("กรุงเทพฯ", .place, nil)])
        #expect(office.filter { $0.1 == "location" }.map(\.2) == ["เขตดินแดง", "กรุงเทพฯ"])
    }

    @Test func anAddressAfterLocatedAtPastTheHouseNumberAndRoad() {
        // thaigov-79463.
        let facts = RelationExtractorTests.relations(
            "(โรงงาน เฌอร่า ลพบุรี) ตั้งอยู่ 59 หมู่ 12 ถนนสายสระบุรี-หล่มสัก กม.16 ตำบลช่องสาริกา อำเภอพัฒนานิคม จังหวัดลพบุรี",
            [("โรงงาน เฌอร่า ลพบุรี", .organization, nil), ("ตำบลช่องสาริกา", .place, nil), ("อำเภอพัฒนานิคม", .place, nil),
             ("จังหวัดลพบุรี", .place, nil)])
        #expect(facts.filter { $0.1 == "location" }.map(\.2) == ["ตำบลช่องสาริกา", "อำเภอพัฒนานิคม", "จังหวัดลพบุรี"])
    }

    @Test func aVenueOrCountryAfterAnOrganisationOrAnAddressOnTheNextLineIsNot() {
        // A venue or a country after an ORG is where something happens or the next item of a list.
        let venue = RelationExtractorTests.relations("หารือร่วมกับกระทรวงพาณิชย์ ทำเนียบรัฐบาล",
                                                     [("กระทรวงพาณิชย์", .organization, nil), ("ทำเนียบรัฐบาล", .place, nil)])
        #expect(venue.isEmpty)
        let country = RelationExtractorTests.relations("ผู้แทนธนาคารโลก ประเทศไทย",
                                                       [("ธนาคารโลก", .organization, nil), ("ประเทศไทย", .place, nil)])
        #expect(country.isEmpty)
        let nextLine = RelationExtractorTests.relations("บริษัท ก ตั้งอยู่ริมน้ำ\nอำเภอเมือง จังหวัดตาก",
                                                        [("บริษัท ก", .organization, nil), ("อำเภอเมือง", .place, nil),
                                                         ("จังหวัดตาก", .place, nil)])
        #expect(!nextLine.contains { $0.1 == "location" })
    }
}

@Suite struct RelationPlaceChainTests {
    @Test func aListOfProvincesIsNoChain() {
        // thaigov-91497: the units are listed with one province each.
        let facts = RelationExtractorTests.relations(
            "ได้แก่ หน่วยปฏิบัติการฝนหลวง อำเภอหัวหิน จังหวัดประจวบคีรีขันธ์ จังหวัดระยอง จังหวัดกาญจนบุรี",
            [("หน่วยปฏิบัติการฝนหลวง", .organization, nil), ("อำเภอหัวหิน", .place, nil),
             ("จังหวัดประจวบคีรีขันธ์", .place, nil), ("จังหวัดระยอง", .place, nil), ("จังหวัดกาญจนบุรี", .place, nil)])
        #expect(facts.filter { $0.1 == "location" }.map(\.2) == ["อำเภอหัวหิน", "จังหวัดประจวบคีรีขันธ์"])
    }

    @Test func aProvinceAfterAMinistryNamesItsBranchNotItsSeat() {
        // thaigov-98741, thaigov-92126: "พม.จังหวัดเชียงราย" is the provincial office; a city in a list of ORGs.
        let branch = RelationExtractorTests.relations("ส่วน ศบปภ. พม.จังหวัดเชียงราย รายงานว่า",
                                                      [("พม.", .organization, nil), ("จังหวัดเชียงราย", .place, nil)])
        #expect(branch.isEmpty)
        // thaigov-96236, thaigov-93732: a province after the name is the branch; land of an agency in a district.
        let office = RelationExtractorTests.relations("สำนักงาน ธ.ก.ส. จังหวัดสระแก้ว",
                                                      [("สำนักงาน ธ.ก.ส.", .organization, nil), ("จังหวัดสระแก้ว", .place, nil)])
        #expect(office.isEmpty)
        let land = RelationExtractorTests.relations("ในพื้นที่ ส.ป.ก. อำเภอปากช่อง จังหวัดนครราชสีมา",
                                                    [("ส.ป.ก.", .organization, nil), ("อำเภอปากช่อง", .place, nil),
                                                     ("จังหวัดนครราชสีมา", .place, nil)])
        #expect(!land.contains { $0.1 == "location" })
        let list = RelationExtractorTests.relations("ร่วมกับ กระทรวงวัฒนธรรม สมาคมผู้กำกับภาพยนตร์ไทย กรุงเทพมหานคร หอภาพยนตร์ และ",
                                                    [("กระทรวงวัฒนธรรม", .organization, nil), ("สมาคมผู้กำกับภาพยนตร์ไทย", .organization, nil),
                                                     ("กรุงเทพมหานคร", .place, nil), ("หอภาพยนตร์", .organization, nil)])
        #expect(list.isEmpty)
    }

    @Test func areaLevelsByHeadAndGazetteerType() {
        func place(_ text: String, _ attributes: [MentionAttribute: String] = [:]) -> Mention {
            Mention(range: ScalarRange(0, text.unicodeScalars.count), label: .place, text: text, source: "test", attributes: attributes)
        }
        #expect(RelationExtractor.areaLevel(place("ต.โคกเคียน")) == 1)
        #expect(RelationExtractor.areaLevel(place("เขตดุสิต")) == 2)
        #expect(RelationExtractor.areaLevel(place("จ.นราธิวาส")) == 3)
        #expect(RelationExtractor.areaLevel(place("ภูเก็ต", [.schemaType: "AdministrativeArea", .containedIn: "ไทย"])) == 3)
        #expect(RelationExtractor.areaLevel(place("สำโรง", [.schemaType: "AdministrativeArea", .containedIn: "สมุทรปราการ"])) == 2)
        #expect(RelationExtractor.areaLevel(place("ญี่ปุ่น", [.schemaType: "Country"])) == 4)
        #expect(RelationExtractor.areaLevel(place("วัดราชาธิวาส")) == 0)
        #expect(RelationExtractor.areaLevel(place("จังหวัด")) == 0)
        #expect(RelationExtractor.areaLevel(place("แขวงทางหลวง")) == 0)  // thaigov-94793: a highway office
    }

    @Test func theAreaHeadTableIsReadFromItsFileAndABadLineNamesItsLine() throws {
        #expect(RelationExtractor.areaHeadLevels.first { $0.head == "อำเภอ" }?.level == 2)
        #expect(RelationExtractor.areaHeadLevels.count == 12)
        #expect(RelationExtractor.notAreaStarts.contains("แขวงทางหลวง"))
        #expect(RelationExtractor.nationalBodyStarts == ["กระทรวง", "สภา", "พรรค", "รัฐบาล"])
        let table = try RelationExtractor.parseAreaHeads("# comment\nตำบล\t1\nจังหวัด\t3\n", origin: "t.tsv")
        #expect(table.map(\.head) == ["ตำบล", "จังหวัด"] && table.map(\.level) == [1, 3])
        #expect(throws: InputError(location: "t.tsv:2", reason: "expected 'head<TAB>level' with level 1-4, got 'ตำบล\t9'")) {
            try RelationExtractor.parseAreaHeads("ประเทศ\t4\nตำบล\t9\n", origin: "t.tsv")
        }
    }
}
