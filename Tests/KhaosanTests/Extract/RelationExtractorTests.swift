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
        #expect(facts.filter { $0.1 == "location" }.count == 2)
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
