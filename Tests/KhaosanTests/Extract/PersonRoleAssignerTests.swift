import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

/// Position phrases and which name they belong to, on sentences of thaigov articles outside
/// the graph gold (mentions given as the extractor finds them).
@Suite struct PersonRoleAssignerTests {
    typealias Facts = [(String, String, String)]
    static func relations(_ text: String, _ spans: [(String, MentionLabel)]) -> Facts {
        RelationExtractorTests.relations(text, spans.map { ($0.0, $0.1, nil) })
    }

    static func objects(_ facts: Facts, _ subject: String, _ predicate: String) -> [String] {
        facts.filter { $0.0 == subject && $0.1 == predicate }.map(\.2).sorted()
    }

    @Test func nameRoleListPairsEachRoleWithTheNameBeforeIt() {
        // thaigov-5422
        let text = "นายชาติชาย ทิพย์สุนาวี ปลัดกระทรวงคมนาคม นายกฤชเทพ สิมลี รองปลัดกระทรวงคมนาคม นายอวยชัย อินทร์นาค ผู้ว่าราชการจังหวัดสุราษฎร์ธานี นายศรศักดิ์ แสนสมบัติ อธิบดีกรมเจ้าท่า นางปานจิต"
        let facts = Self.relations(text, [("นายชาติชาย ทิพย์สุนาวี", .person), ("กระทรวงคมนาคม", .organization),
                                          ("นายกฤชเทพ สิมลี", .person), ("กระทรวงคมนาคม", .organization),
                                          ("นายอวยชัย อินทร์นาค", .person), ("จังหวัดสุราษฎร์ธานี", .place),
                                          ("นายศรศักดิ์ แสนสมบัติ", .person), ("กรมเจ้าท่า", .organization), ("นางปานจิต", .person)])
        #expect(Self.objects(facts, "นายชาติชาย ทิพย์สุนาวี", "jobTitle") == ["ปลัดกระทรวงคมนาคม"])
        #expect(Self.objects(facts, "นายชาติชาย ทิพย์สุนาวี", "worksFor") == ["กระทรวงคมนาคม"])
        #expect(Self.objects(facts, "นายกฤชเทพ สิมลี", "jobTitle") == ["รองปลัดกระทรวงคมนาคม"])
        #expect(Self.objects(facts, "นายอวยชัย อินทร์นาค", "jobTitle") == ["ผู้ว่าราชการจังหวัดสุราษฎร์ธานี"])
        #expect(Self.objects(facts, "นายอวยชัย อินทร์นาค", "worksFor").isEmpty)
        #expect(Self.objects(facts, "นายศรศักดิ์ แสนสมบัติ", "jobTitle") == ["อธิบดีกรมเจ้าท่า"])
        #expect(Self.objects(facts, "นายศรศักดิ์ แสนสมบัติ", "worksFor") == ["กรมเจ้าท่า"])
        #expect(Self.objects(facts, "นางปานจิต", "jobTitle").isEmpty)
    }

    @Test func commaSeparatedListInBothOrders() {
        // The two shapes of issue 11: "นายก ผู้ว่าฯ, นายข ปลัด…" and "ผู้ว่าฯ นายก, ปลัด… นายข".
        let people: [(String, MentionLabel)] = [("นายสมชาย ใจดี", .person), ("นายสมศักดิ์ รักไทย", .person)]
        let nameFirst = Self.relations("โดยมี นายสมชาย ใจดี ผู้ว่าราชการจังหวัดพะเยา, นายสมศักดิ์ รักไทย ปลัดจังหวัดพะเยา ร่วมพิธี", people)
        let roleFirst = Self.relations("โดยมี ผู้ว่าราชการจังหวัดพะเยา นายสมชาย ใจดี, ปลัดจังหวัดพะเยา นายสมศักดิ์ รักไทย ร่วมพิธี", people)
        for facts in [nameFirst, roleFirst] {
            #expect(Self.objects(facts, "นายสมชาย ใจดี", "jobTitle") == ["ผู้ว่าราชการจังหวัดพะเยา"])
            #expect(Self.objects(facts, "นายสมศักดิ์ รักไทย", "jobTitle") == ["ปลัดจังหวัดพะเยา"])
        }
    }

    @Test func roleNameListWithoutCommasFollowsItsFirstItem() {
        // A list that opens with a role and ends with a name is written role–name.
        let facts = Self.relations("ประธานกรรมการ นายสมชาย ใจดี รองประธานกรรมการ นายสมศักดิ์ รักไทย ร่วมพิธี",
                                   [("นายสมชาย ใจดี", .person), ("นายสมศักดิ์ รักไทย", .person)])
        #expect(Self.objects(facts, "นายสมชาย ใจดี", "jobTitle") == ["ประธานกรรมการ"])
        #expect(Self.objects(facts, "นายสมศักดิ์ รักไทย", "jobTitle") == ["รองประธานกรรมการ"])
    }

    @Test func combinedRolesAreTwoJobTitles() {
        // thaigov-1861 style: a deputy PM who is also a minister.
        let facts = Self.relations("พลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม เป็นประธานการประชุม",
                                   [("พลเอก ประวิตร วงษ์สุวรรณ", .person), ("กระทรวงกลาโหม", .organization)])
        #expect(Self.objects(facts, "พลเอก ประวิตร วงษ์สุวรรณ", "jobTitle") == ["รองนายกรัฐมนตรี", "รัฐมนตรีว่าการกระทรวงกลาโหม"])
        #expect(Self.objects(facts, "พลเอก ประวิตร วงษ์สุวรรณ", "worksFor") == ["กระทรวงกลาโหม"])
    }

    @Test func fullPhraseStopsBeforeTheVerb() {
        // thaigov-1463: "รองปลัดสำนักนายกรัฐมนตรีแถลง…" — the title ends with the ORG, not at the verb.
        let facts = Self.relations("มอบหมาย นายสมพาศ นิลพันธ์ รองปลัดสำนักนายกรัฐมนตรีแถลงผลการประชุมฯ ว่า",
                                   [("นายสมพาศ นิลพันธ์", .person), ("สำนักนายกรัฐมนตรี", .organization)])
        #expect(Self.objects(facts, "นายสมพาศ นิลพันธ์", "jobTitle") == ["รองปลัดสำนักนายกรัฐมนตรี"])
        #expect(Self.objects(facts, "นายสมพาศ นิลพันธ์", "worksFor") == ["สำนักนายกรัฐมนตรี"])
        // thaigov-1463: "รัฐมนตรีประจำสำนักนายกรัฐมนตรี" — "ประจำ" + ORG is part of the title.
        let attached = Self.relations("นายออมสิน ชีวะพฤกษ์ รัฐมนตรีประจำสำนักนายกรัฐมนตรี ได้เป็นประธาน",
                                      [("นายออมสิน ชีวะพฤกษ์", .person), ("สำนักนายกรัฐมนตรี", .organization)])
        #expect(Self.objects(attached, "นายออมสิน ชีวะพฤกษ์", "jobTitle") == ["รัฐมนตรีประจำสำนักนายกรัฐมนตรี"])
    }

    @Test func provincialOfficeHeadWorksForTheOfficeTheTextNames() {
        let facts = Self.relations("ณ สำนักงานอุตสาหกรรมจังหวัดตาก นายสมชาย ใจดี อุตสาหกรรมจังหวัดตาก กล่าวว่า",
                                   [("สำนักงานอุตสาหกรรมจังหวัดตาก", .organization), ("นายสมชาย ใจดี", .person),
                                    ("ตาก", .place)])
        #expect(Self.objects(facts, "นายสมชาย ใจดี", "jobTitle") == ["อุตสาหกรรมจังหวัดตาก"])
        #expect(Self.objects(facts, "นายสมชาย ใจดี", "worksFor") == ["สำนักงานอุตสาหกรรมจังหวัดตาก"])
    }

    @Test func junkPlaceIsNoVenue() {
        let junk = Self.relations("ศูนย์การเรียนรู้ ณ จังหวัด, อำเภอ", [("ศูนย์การเรียนรู้", .organization), ("จังหวัด,", .place)])
        #expect(junk.isEmpty)
        let bare = Self.relations("ศูนย์การเรียนรู้ ณ ห้องประชุม ชั้น 2", [("ศูนย์การเรียนรู้", .organization), ("ห้องประชุม", .place)])
        #expect(bare.isEmpty)
        #expect(RelationExtractor.isPlaceName("ห้องประชุมเทียน"))
        #expect(!RelationExtractor.isPlaceName("โรงเรียน)"))
    }

    @Test func aNameFoundWithoutItsFamilyNameKeepsItsRole() {
        // thaigov-10123: two spaces cut "นพ.เจษฎา  โชคดำรงสุข" after the given name; the role after the
        // family name is still his, not the next person's.
        let text = "3 กระทรวง ได้แก่ นพ.เจษฎา  โชคดำรงสุข ปลัดกระทรวงสาธารณสุข นายเลิศวิโรจน์ โกวัฒนะ ปลัดกระทรวงเกษตรและสหกรณ์ ผู้แทน"
        func range(_ s: String) -> ScalarRange {
            let r = text.range(of: s)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
            return ScalarRange(start, start + s.unicodeScalars.count)
        }
        let mentions = [
            Mention(range: range("นพ.เจษฎา"), label: .person, text: "นพ.เจษฎา", person: PersonNameParts(given: "เจษฎา"), source: "test"),
            Mention(range: range("กระทรวงสาธารณสุข"), label: .organization, text: "กระทรวงสาธารณสุข", source: "test"),
            Mention(range: range("นายเลิศวิโรจน์ โกวัฒนะ"), label: .person, text: "นายเลิศวิโรจน์ โกวัฒนะ",
                    person: PersonNameParts(given: "เลิศวิโรจน์", family: "โกวัฒนะ"), source: "test"),
            Mention(range: range("กระทรวงเกษตรและสหกรณ์"), label: .organization, text: "กระทรวงเกษตรและสหกรณ์", source: "test"),
        ]
        let facts = RelationExtractor().relations(in: Document(id: "t", source: text), mentions: mentions)
        func titles(_ person: Mention) -> [String] {
            facts.filter { $0.subject == person.range && $0.predicate == .jobTitle }.compactMap(\.literal)
        }
        #expect(titles(mentions[0]) == ["ปลัดกระทรวงสาธารณสุข"])
        #expect(titles(mentions[2]) == ["ปลัดกระทรวงเกษตรและสหกรณ์"])
    }

    @Test func aTitleAfterTheRoleOfTheNameBeforeIsThatNamesTitle() {
        // thaigov-46844: "รัฐมนตรีว่าการกระทรวงพาณิชย์" continues Jurin's titles; Sinit, named with his own
        // role after him, is the deputy minister.
        let text = "นายจุรินทร์ ลักษณวิศิษฏ์ หัวหน้าพรรคประชาธิปัตย์ รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงพาณิชย์ นายสินิตย์ เลิศไกร รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์ นางมัลลิกา บุญมีตระกูล มหาสุข ที่ปรึกษารัฐมนตรีว่าการกระทรวงพาณิชย์\nนายทศพล"
        let facts = Self.relations(text, [("นายจุรินทร์ ลักษณวิศิษฏ์", .person), ("พรรคประชาธิปัตย์", .organization),
                                          ("กระทรวงพาณิชย์", .organization), ("นายสินิตย์ เลิศไกร", .person),
                                          ("กระทรวงพาณิชย์", .organization), ("นางมัลลิกา บุญมีตระกูล มหาสุข", .person),
                                          ("กระทรวงพาณิชย์", .organization), ("นายทศพล", .person)])
        #expect(Self.objects(facts, "นายสินิตย์ เลิศไกร", "jobTitle") == ["รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์"])
        #expect(Self.objects(facts, "นายจุรินทร์ ลักษณวิศิษฏ์", "jobTitle").contains("รัฐมนตรีว่าการกระทรวงพาณิชย์"))
        #expect(Self.objects(facts, "นางมัลลิกา บุญมีตระกูล มหาสุข", "jobTitle") == ["ที่ปรึกษารัฐมนตรีว่าการกระทรวงพาณิชย์"])
        // As the extractor cut it there ("นางมัลลิกา บุญมีตระกูล" without "มหาสุข", so no role follows her), the
        // role before Sinit still is Jurin's, and Sinit's own is not the next name's.
        let cut = Self.relations(text, [("นายจุรินทร์ ลักษณวิศิษฏ์", .person), ("พรรคประชาธิปัตย์", .organization),
                                        ("กระทรวงพาณิชย์", .organization), ("นายสินิตย์ เลิศไกร", .person),
                                        ("กระทรวงพาณิชย์", .organization), ("นางมัลลิกา บุญมีตระกูล", .person),
                                        ("กระทรวงพาณิชย์", .organization), ("นายทศพล", .person)])
        #expect(Self.objects(cut, "นายสินิตย์ เลิศไกร", "jobTitle") == ["รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์"])
        #expect(!Self.objects(cut, "นางมัลลิกา บุญมีตระกูล", "jobTitle").contains("รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์"))
        // thaigov-44191: after a verb the role before the name is the name's own.
        let newSentence = Self.relations("ดร.ทองเปลว กองจันทร์ ปลัดกระทรวงเกษตรและสหกรณ์ เปิดเผยว่า รัฐมนตรีว่าการเกษตรและสหกรณ์ ดร.เฉลิมชัย ศรีอ่อน หัวหน้าคณะผู้แทนไทย ได้มอบหมาย",
                                         [("ดร.ทองเปลว กองจันทร์", .person), ("กระทรวงเกษตรและสหกรณ์", .organization),
                                          ("เกษตรและสหกรณ์", .organization), ("ดร.เฉลิมชัย ศรีอ่อน", .person)])
        #expect(Self.objects(newSentence, "ดร.ทองเปลว กองจันทร์", "jobTitle") == ["ปลัดกระทรวงเกษตรและสหกรณ์"])
        #expect(Self.objects(newSentence, "ดร.เฉลิมชัย ศรีอ่อน", "jobTitle").contains("รัฐมนตรีว่าการเกษตรและสหกรณ์"))
        // thaigov-45692: "ที่ปรึกษา รมว.ยุติธรรม" is one title; the minister's title is neither the adviser's nor the next man's.
        let adviser = Self.relations("ร่วมกับ นายธนวัชร นิติกาญจนา ที่ปรึกษา รมว.ยุติธรรม นายวิชัย ไชยมงคล เลขาธิการ ป.ป.ส. นายสาคร ตั้งวรรณวิบูลย์ ผู้พิพากษาศาลฎีกา",
                                     [("นายธนวัชร นิติกาญจนา", .person), ("ยุติธรรม", .organization), ("นายวิชัย ไชยมงคล", .person),
                                      ("ป.ป.ส.", .organization),
                                      ("นายสาคร ตั้งวรรณวิบูลย์", .person), ("ศาลฎีกา", .organization)])
        #expect(!Self.objects(adviser, "นายธนวัชร นิติกาญจนา", "jobTitle").contains("รมว.ยุติธรรม"))
        #expect(Self.objects(adviser, "นายวิชัย ไชยมงคล", "jobTitle") == ["เลขาธิการ ป.ป.ส."])
        // Written role–name, the role before the name stays its own.
        let roleFirst = Self.relations("โดยมี ผู้ว่าราชการจังหวัดพะเยา นายสมชาย ใจดี และปลัดจังหวัดพะเยา นายสมศักดิ์ รักไทย ร่วมพิธี",
                                       [("นายสมชาย ใจดี", .person), ("นายสมศักดิ์ รักไทย", .person)])
        #expect(Self.objects(roleFirst, "นายสมศักดิ์ รักไทย", "jobTitle") == ["ปลัดจังหวัดพะเยา"])
    }

    @Test func aRoleBeforeANameWithItsOwnRoleIsNotItsRoleUnlessItOpensItsClause() {
        // thaigov-55352: the extractor cut Dr Wandee's name before her second family name; the
        // association's president is she, not the deputy permanent secretary named after her title.
        let cut = Self.relations("โดยมี ดร. วันดี กุญชรยาคง จุลเจริญ นายกสมาคมแม่บ้านมหาดไทย นายชยาวุธ จันทร รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจ",
                                 [("ดร. วันดี กุญชรยาคง", .person), ("สมาคมแม่บ้านมหาดไทย", .organization),
                                  ("นายชยาวุธ จันทร", .person), ("กระทรวงมหาดไทย", .organization)])
        #expect(Self.objects(cut, "นายชยาวุธ จันทร", "jobTitle") == ["รองปลัดกระทรวงมหาดไทย"])
        #expect(Self.objects(cut, "นายชยาวุธ จันทร", "worksFor") == ["กระทรวงมหาดไทย"])
        // thaigov-40010: a list of titles without names; the secretary-general is not the deputy minister.
        let titles = Self.relations("โดยมี รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงสาธารณสุข รัฐมนตรีช่วยว่าการกระทรวงสาธารณสุข นายดิสทัต โหตระกิตย์ เลขาธิการนายกรัฐมนตรี และผู้บริหาร",
                                    [("กระทรวงสาธารณสุข", .organization), ("กระทรวงสาธารณสุข", .organization),
                                     ("นายดิสทัต โหตระกิตย์", .person)])
        #expect(Self.objects(titles, "นายดิสทัต โหตระกิตย์", "jobTitle") == ["เลขาธิการนายกรัฐมนตรี"])
        #expect(Self.objects(titles, "นายดิสทัต โหตระกิตย์", "worksFor").isEmpty)
        // thaigov-22016: the governor is the name on the line before his title.
        let nextLine = Self.relations("นายจำเริญ ทิพญพงศ์ธาดา\nผู้ว่าราชการจังหวัดนครศรีธรรมราช นายธีรพล พรแก้ว ผู้พิพากษาหัวหน้าศาลจังหวัดนครศรีธรรมราช\nพร้อมด้วย",
                                      [("นายจำเริญ ทิพญพงศ์ธาดา", .person), ("นครศรีธรรมราช", .place),
                                       ("นายธีรพล พรแก้ว", .person), ("นครศรีธรรมราช", .place)])
        #expect(!Self.objects(nextLine, "นายธีรพล พรแก้ว", "jobTitle").contains("ผู้ว่าราชการจังหวัดนครศรีธรรมราช"))
        // thaigov-63641, a headline: the role opens the line and is the name's.
        let headline = Self.relations("พิมพ์\nรองนายกฯ พลเอก ประวิตรฯ หารือ เอกอัครราชทูตอิหร่านฯ ย้ำความสัมพันธ์",
                                      [("พลเอก ประวิตรฯ", .person)])
        #expect(Self.objects(headline, "พลเอก ประวิตรฯ", "jobTitle").contains("รองนายกฯ"))
        // thaigov-88030: after a nickname in parentheses the role is the name's before it; thaigov-54080:
        // the rest of a cut name ending like a verb ("อั๊สมา") is no verb.
        let nickname = Self.relations("ผู้ช่วยศาสตราจารย์พิเชฐ โสวิทยสกุล (อ.โก้) ที่ปรึกษาปลัดกระทรวงมหาดไทย นายศักระ กปิลกาญจน์ ผู้ว่าราชการจังหวัดสตูล ลงพื้นที่",
                                      [("ผู้ช่วยศาสตราจารย์พิเชฐ โสวิทยสกุล", .person), ("นายศักระ กปิลกาญจน์", .person)])
        #expect(Self.objects(nickname, "นายศักระ กปิลกาญจน์", "jobTitle") == ["ผู้ว่าราชการจังหวัดสตูล"])
        let cutName = Self.relations("ดร.ซามีร่า อั๊สมา รองผู้อำนวยการใหญ่องค์การอนามัยโลก ดร.สเตลล่า ชุงกอง ผู้อำนวยการฝ่ายเตรียมความพร้อม",
                                     [("ดร.ซา", .person), ("องค์การอนามัยโลก", .organization), ("ดร.สเตลล่า ชุงกอง", .person)])
        #expect(Self.objects(cutName, "ดร.สเตลล่า ชุงกอง", "worksFor").isEmpty)
        // After a comma the role opens a list item ("นายก ผู้ว่าฯ, ปลัด… นายข …").
        let item = Self.relations("นายสมชาย ใจดี ผู้ว่าราชการจังหวัดพะเยา, ปลัดจังหวัดพะเยา นายสมศักดิ์ รักไทย ประธานกรรมการ ร่วมพิธี",
                                  [("นายสมชาย ใจดี", .person), ("นายสมศักดิ์ รักไทย", .person)])
        #expect(Self.objects(item, "นายสมศักดิ์ รักไทย", "jobTitle") == ["ประธานกรรมการ", "ปลัดจังหวัดพะเยา"])
    }

    @Test func anOrganisationEndingAnotherTitleIsNoAffiliation() {
        // thaigov-43984: the department ends the deputy director-general's title; Dr Wanna is of another one.
        let text = "นางสาวศิริประกาย วรปรีชา รองอธิบดีกรมพินิจและคุ้มครองเด็กและเยาวชน แพทย์หญิงวรรณา หาญเชาว์วรกุล ผู้ทรงคุณวุฒิ กรมควบคุมโรค"
        let facts = Self.relations(text, [("นางสาวศิริประกาย วรปรีชา", .person), ("กรมพินิจและคุ้มครองเด็กและเยาวชน", .organization),
                                          ("แพทย์หญิงวรรณา หาญเชาว์วรกุล", .person), ("กรมควบคุมโรค", .organization)])
        #expect(Self.objects(facts, "นางสาวศิริประกาย วรปรีชา", "worksFor") == ["กรมพินิจและคุ้มครองเด็กและเยาวชน"])
        #expect(Self.objects(facts, "แพทย์หญิงวรรณา หาญเชาว์วรกุล", "affiliation").isEmpty)
        // An ORG written before a name without a title of its own is still its affiliation.
        let plain = Self.relations("ผู้แทนจาก กรมควบคุมโรค นายสมชาย ใจดี ร่วมประชุม",
                                   [("กรมควบคุมโรค", .organization), ("นายสมชาย ใจดี", .person)])
        #expect(Self.objects(plain, "นายสมชาย ใจดี", "affiliation") == ["กรมควบคุมโรค"])
    }
}
