import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanResolve
@testable import KhaosanGraph

@Suite struct EntityResolverTests {
    static func mention(_ text: String, _ label: MentionLabel, at start: Int, attributes: [MentionAttribute: String] = [:],
                        value: String? = nil) -> Mention {
        var m = Mention(range: ScalarRange(start, start + text.unicodeScalars.count), label: label, text: text,
                        value: value, source: "test", attributes: attributes)
        if label == .person { m.person = PersonTitles.parts(of: text) }
        return m
    }

    static func document(_ id: String, date: String? = nil, _ mentions: [Mention]) -> DocumentExtraction {
        DocumentExtraction(id: id, metadata: DocumentMetadata(datePublished: date), contentHash: id,
                           sourceLength: 10_000, mentions: mentions)
    }

    static func groups(_ docs: [DocumentExtraction], known: [KnownEntity] = []) -> Set<Set<String>> {
        let resolution = EntityResolver(known: known).resolve(docs)
        return Set(resolution.entities.map { Set(resolution.mentions(of: $0).map(\.text)) })
    }

    @Test func titlesAreStrippedSoOnePersonWithAndWithoutTitles() {
        let docs = [Self.document("a", [Self.mention("รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์", .person, at: 0)]),
                    Self.document("b", [Self.mention("นายสุภกร พงศบางโพธิ์", .person, at: 5),
                                        Self.mention("สุภกร พงศบางโพธิ์", .person, at: 40)])]
        #expect(Self.groups(docs) == [["รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์", "นายสุภกร พงศบางโพธิ์", "สุภกร พงศบางโพธิ์"]])
    }

    @Test func givenNameOnlyMergesWithinItsDocumentOnly() {
        let docs = [Self.document("a", [Self.mention("นายสมชาย ใจดี", .person, at: 0), Self.mention("นายสมชาย", .person, at: 50)]),
                    Self.document("b", [Self.mention("นายสมชาย", .person, at: 0)])]
        let groups = Self.groups(docs)
        #expect(groups.contains(["นายสมชาย ใจดี", "นายสมชาย"]))
        #expect(groups.contains(["นายสมชาย"]))   // doc b's สมชาย is someone we cannot identify
        #expect(groups.count == 2)
    }

    @Test func aShortenedGivenNameJoinsAFullNameOfTwoArticles() {
        // thaigov-42593: "นายกิตติพันธ์ฯ"; the archive writes กิตติพันธ์ ปานจันทร์ in two other articles.
        let docs = [Self.document("a", [Self.mention("นายกิตติพันธ์ ปานจันทร์", .person, at: 0)]),
                    Self.document("b", [Self.mention("นายกิตติพันธ์ ปานจันทร์", .person, at: 0)]),
                    Self.document("c", [Self.mention("นายกิตติพันธ์ฯ", .person, at: 0)]),
                    Self.document("d", [Self.mention("นายกิตติพันธ์", .person, at: 0)])]
        let groups = Self.groups(docs)
        #expect(groups.contains(["นายกิตติพันธ์ ปานจันทร์", "นายกิตติพันธ์ฯ"]))
        #expect(groups.contains(["นายกิตติพันธ์"]))   // without ฯ, two articles are not enough
    }

    @Test func meetingsWithTheirYearAreOneEventAndAShortenedBodysMeetingStaysInItsArticle() {
        // thaigov-77177 and others: every committee has a "ครั้งที่ 1/2567"; "คณะกรรมการฯ" names none.
        let docs = [Self.document("a", [Self.mention("การประชุมคณะกรรมการฯ ครั้งที่ 1/2567", .event, at: 0),
                                        Self.mention("การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567", .event, at: 60)]),
                    Self.document("b", [Self.mention("การประชุมคณะกรรมการฯ ครั้งที่ 1/2567", .event, at: 0),
                                        Self.mention("การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567", .event, at: 60)])]
        let resolution = EntityResolver().resolve(docs)
        let groups = resolution.entities.map { resolution.mentions(of: $0).map(\.text) }
        #expect(groups.filter { $0 == ["การประชุมคณะกรรมการฯ ครั้งที่ 1/2567"] }.count == 2)
        #expect(groups.contains(["การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567", "การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567"]))
        #expect(groups.count == 3)
    }

    @Test func givenNameSharedByTwoFullNamesStaysAlone() {
        let docs = [Self.document("a", [Self.mention("นายสมชาย ใจดี", .person, at: 0), Self.mention("นายสมชาย รักไทย", .person, at: 20),
                                        Self.mention("นายสมชาย", .person, at: 60)])]
        #expect(Self.groups(docs).count == 3)
    }

    @Test func acronymAndLongFormsMergeThroughTheirDefinitions() {
        let docs = [Self.document("a", [Self.mention("หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่", .organization, at: 0,
                                                     attributes: [MentionAttribute.acronym: "บพท."])]),
                    Self.document("b", [Self.mention("หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่", .organization, at: 0),
                                        Self.mention("บพท.", .organization, at: 46,
                                                     attributes: [MentionAttribute.longForm: "หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่"])])]
        #expect(Self.groups(docs).count == 1)
    }

    @Test func lexiconAliasesJoinThaiAndLatinNamesButNeverAcrossLabels() {
        let known = [KnownEntity(label: .organization, name: "องค์การยูเนสโก", aliases: ["UNESCO", "ยูเนสโก"])]
        let docs = [Self.document("a", [Self.mention("UNESCO", .organization, at: 0), Self.mention("ยูเนสโก", .place, at: 10)]),
                    Self.document("b", [Self.mention("องค์การยูเนสโก", .organization, at: 0)])]
        #expect(Self.groups(docs, known: known) == [["UNESCO", "องค์การยูเนสโก"], ["ยูเนสโก"]])
    }

    @Test func aStrayLetterInALongNameIsATypo() {
        let docs = [Self.document("a", [Self.mention("กองค์การยูเนสโก", .organization, at: 0)]),
                    Self.document("b", [Self.mention("องค์การยูเนสโก", .organization, at: 0)])]
        #expect(Self.groups(docs).count == 1)
    }

    @Test func aRareTypoOfAFrequentPersonNameJoinsIt() {
        // thaigov archive: "นายชัย วัชรงศ์" (2 articles) for "นายชัย วัชรงค์" (278 mentions); "นพ.สุขุม กาญจพิมาย"
        // for "สุขุม กาญจนพิมาย" (พิมาย, a district, inside the family name does not protect it).
        let frequent = (0..<10).map { Self.document("f\($0)", [Self.mention("นายชัย วัชรงค์", .person, at: 0),
                                                                Self.mention("นพ.สุขุม กาญจนพิมาย", .person, at: 20)]) }
        let rare = Self.document("r", [Self.mention("นายชัย วัชรงศ์", .person, at: 0), Self.mention("นพ.สุขุม กาญจพิมาย", .person, at: 20),
                                       Self.mention("พิมาย", .place, at: 40)])
        #expect(Self.groups(frequent + [rare]).count == 3)
        // Two neighbouring letters swapped (thaigov archive: "นายพิชัย ชุณหวิชร" for พิชัย ชุณหวชิร).
        let pichai = (0..<10).map { Self.document("p\($0)", [Self.mention("นายพิชัย ชุณหวชิร", .person, at: 0)]) }
        #expect(Self.groups(pichai + [Self.document("q", [Self.mention("นายพิชัย ชุณหวิชร", .person, at: 0)])]).count == 1)
        // Two people written about alike often stay apart, and so do names under 9 scalars.
        let alike = (0..<3).map { Self.document("a\($0)", [Self.mention("นายชัย วัชรงค์", .person, at: 0),
                                                             Self.mention("นายชัย วัชรงศ์", .person, at: 20),
                                                             Self.mention("นายชัย ใจดี", .person, at: 40),
                                                             Self.mention("นายชัย ใจดีย", .person, at: 60)]) }
        #expect(Self.groups(alike + [Self.document("b", [Self.mention("นายชัย ใจดี", .person, at: 0)])]).count == 4)
    }

    @Test func aLongFormRunOnIntoTheNextWordGivesWayToTheLexiconName() {
        // thaigov-37636: "…แห่งชาติกำหนด (สศช.)"; the lexicon knows สศช. as the office alone.
        let name = "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ"
        let known = [KnownEntity(label: .organization, name: name, aliases: ["สศช."])]
        let docs = [Self.document("a", [Self.mention("สศช.", .organization, at: 60,
                                                     attributes: [MentionAttribute.lexiconName: name,
                                                                  MentionAttribute.longForm: name + "กำหนด"])]),
                    Self.document("b", [Self.mention(name, .organization, at: 0)])]
        #expect(Self.groups(docs, known: known) == [["สศช.", name]])
        // thaigov-17070: the long form cut short; the acronym goes with the lexicon's name.
        let bank = "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร"
        let cut = [Self.document("c", [Self.mention("ธ.ก.ส.", .organization, at: 60,
                                                    attributes: [MentionAttribute.lexiconName: bank,
                                                                 MentionAttribute.longForm: "ธนาคารเพื่อการเกษตรและสหกรณ์"])]),
                   Self.document("d", [Self.mention(bank, .organization, at: 0)])]
        #expect(Self.groups(cut, known: [KnownEntity(label: .organization, name: bank, aliases: ["ธ.ก.ส."])]) == [["ธ.ก.ส.", bank]])
        // thaigov-58786: a misspelt long form; thaigov-50185: "สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม(ทส.)",
        // the office's ministry in parentheses (the office's own acronym is สผ.): both are the ministry.
        let ministry = "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"
        let office = "สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม"
        let typo = [Self.document("e", [Self.mention("ทส.", .organization, at: 60,
                                                     attributes: [MentionAttribute.lexiconName: ministry,
                                                                  MentionAttribute.longForm: "กระทรวงทรัพยากรทางธรรมชาติและสิ่งแวดล้อม"])]),
                    Self.document("f", [Self.mention(ministry, .organization, at: 0),
                                        Self.mention("ทส.", .organization, at: 80,
                                                     attributes: [MentionAttribute.lexiconName: ministry, MentionAttribute.longForm: office])])]
        #expect(Self.groups(typo, known: [KnownEntity(label: .organization, name: ministry, aliases: ["ทส."])]) == [["ทส.", ministry]])
        // thaigov-37453 (a one-letter typo: "…สังคทม") and thaigov-89130 ("สป.อว. หรือ อว.").
        let digital = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"
        let odd = [Self.document("g", [Self.mention("ดศ.", .organization, at: 60,
                                                    attributes: [MentionAttribute.lexiconName: digital,
                                                                 MentionAttribute.longForm: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคทม"]),
                                       Self.mention("ดศ.", .organization, at: 90,
                                                    attributes: [MentionAttribute.lexiconName: digital, MentionAttribute.longForm: "สป.ดศ."])]),
                   Self.document("h", [Self.mention(digital, .organization, at: 0)])]
        #expect(Self.groups(odd, known: [KnownEntity(label: .organization, name: digital, aliases: ["ดศ."])]) == [["ดศ.", digital]])
    }

    @Test func aMinistrysAcronymAfterAnotherBodyNamesTheMinistry() {
        // thaigov-90814: "มอบหมายให้กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช (ทส.)" gives each body its ministry;
        // the article's later "ทส." is the ministry too, not the department.
        let ministry = "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"
        let department = "กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช"
        let known = [KnownEntity(label: .organization, name: ministry, aliases: ["ทส."])]
        let docs = [Self.document("a", [Self.mention(department, .organization, at: 0, attributes: [MentionAttribute.acronym: "ทส."]),
                                        Self.mention("ทส.", .organization, at: 41,
                                                     attributes: [MentionAttribute.lexiconName: ministry, MentionAttribute.longForm: department]),
                                        Self.mention("ทส.", .organization, at: 200,
                                                     attributes: [MentionAttribute.lexiconName: ministry, MentionAttribute.longForm: department])]),
                    Self.document("b", [Self.mention(ministry, .organization, at: 0)])]
        #expect(Self.groups(docs, known: known) == [[department], ["ทส.", ministry]])
        // thaigov-10877: "ศึกษานิเทศก์ (ศน.)"; ศน. is not a ministry's acronym, and the article's long form holds.
        let religion = "กรมการศาสนา"
        let other = [Self.document("c", [Self.mention("ศน.", .organization, at: 20,
                                                      attributes: [MentionAttribute.lexiconName: religion,
                                                                   MentionAttribute.longForm: "ศึกษานิเทศก์"])]),
                     Self.document("d", [Self.mention(religion, .organization, at: 0)])]
        #expect(Self.groups(other, known: [KnownEntity(label: .organization, name: religion, aliases: ["ศน."])]) == [["ศน."], [religion]])
    }

    @Test func aPlaceShortenedWithฯIsTheOneFullNameOfItsArticleThatItBegins() {
        // thaigov-64631, thaigov-65160 (graph-session10 a39): "พ่อเมืองนครศรีฯ" beside "จังหวัดนครศรีธรรมราช";
        // "อำเภอเมืองฯ" is the capital district of the province its article names, a different one in each.
        let docs = [Self.document("a", [Self.mention("จังหวัดนครศรีธรรมราช", .place, at: 0), Self.mention("นครศรีฯ", .place, at: 60)]),
                    Self.document("b", [Self.mention("นครศรีฯ", .place, at: 10)]),
                    Self.document("c", [Self.mention("อำเภอเมืองตรัง", .place, at: 0), Self.mention("อำเภอเมืองฯ", .place, at: 40)]),
                    Self.document("d", [Self.mention("อำเภอเมืองอุบลราชธานี", .place, at: 0), Self.mention("อำเภอเมืองฯ", .place, at: 40)]),
                    // thaigov-32359: "สหรัฐฯ" beside only "สหรัฐอาหรับเอมิเรตส์" is still the gazetteer's USA.
                    Self.document("f", [Self.mention("สหรัฐอาหรับเอมิเรตส์", .place, at: 0),
                                        Self.mention("สหรัฐฯ", .place, at: 40, value: "สหรัฐอเมริกา")]),
                    // Two full names it begins: the article does not say which.
                    Self.document("e", [Self.mention("วัดสุทัศนเทพวราราม", .place, at: 0), Self.mention("วัดสุทัศนฯ", .place, at: 40),
                                        Self.mention("วัดสุทัศนาราม", .place, at: 80)])]
        #expect(Self.groups(docs) == [["จังหวัดนครศรีธรรมราช", "นครศรีฯ"], ["นครศรีฯ"], ["อำเภอเมืองตรัง", "อำเภอเมืองฯ"],
                                      ["อำเภอเมืองอุบลราชธานี", "อำเภอเมืองฯ"], ["วัดสุทัศนเทพวราราม"], ["วัดสุทัศนฯ"],
                                      ["วัดสุทัศนาราม"], ["สหรัฐอาหรับเอมิเรตส์"], ["สหรัฐฯ"]])
    }

    @Test func aCompanyWrittenThreeWaysIsOneNode() {
        // thaigov-21862, thaigov-22874, thaigov-5667; corpus fixture: "บริษัท ฟู้ดแพชชั่นฯ" after its full name.
        let docs = [Self.document("a", [Self.mention("บริษัท อสมท จำกัด (มหาชน)", .organization, at: 0)]),
                    Self.document("b", [Self.mention("บมจ. อสมท", .organization, at: 0)]),
                    Self.document("c", [Self.mention("บริษัท ฟู้ดแพชชั่น จำกัด", .organization, at: 0),
                                        Self.mention("บริษัท ฟู้ดแพชชั่นฯ", .organization, at: 40)])]
        #expect(Self.groups(docs) == [["บริษัท อสมท จำกัด (มหาชน)", "บมจ. อสมท"], ["บริษัท ฟู้ดแพชชั่น จำกัด", "บริษัท ฟู้ดแพชชั่นฯ"]])
    }

    @Test func aLatinAcronymJoinsALexiconBodyOnlyWhenItFitsItsLatinNames() {
        // Session 3 review: "…การค้าเสรีอาเซียน (AFTA)" cut to อาเซียน put AFTA on the ASEAN node.
        let asean = KnownEntity(label: .organization, name: "อาเซียน", aliases: ["ASEAN"],
                                properties: ["en": "Association of Southeast Asian Nations"])
        let office = KnownEntity(label: .organization, name: "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ",
                                 properties: ["en": "Office of the National Economic and Social Development Council"])
        let docs = [Self.document("a", [Self.mention("อาเซียน", .organization, at: 0, attributes: [MentionAttribute.acronym: "AFTA"]),
                                        Self.mention("AFTA", .organization, at: 20, attributes: [MentionAttribute.longForm: "อาเซียน"])]),
                    Self.document("b", [Self.mention(office.name, .organization, at: 0, attributes: [MentionAttribute.acronym: "NESDC"]),
                                        Self.mention("NESDC", .organization, at: 60, attributes: [MentionAttribute.longForm: office.name])]),
                    Self.document("c", [Self.mention("กรมการค้าภายใน", .organization, at: 0, attributes: [MentionAttribute.acronym: "DIT"]),
                                        Self.mention("DIT", .organization, at: 20, attributes: [MentionAttribute.longForm: "กรมการค้าภายใน"])])]
        let groups = Self.groups(docs, known: [asean, office])
        #expect(groups.contains(["อาเซียน"]) && groups.contains(["AFTA"]))
        #expect(groups.contains([office.name, "NESDC"]))
        // A body without Latin names in the lexicon: nothing to check against, the definition holds.
        #expect(groups.contains(["กรมการค้าภายใน", "DIT"]))
    }

    @Test func namesThatDifferInTheirProperNameNeverMerge() {
        let names = ["มหาวิทยาลัยพะเยา", "มหาวิทยาลัยขอนแก่น", "องค์การบริหารส่วนจังหวัดระนอง", "องค์การบริหารส่วนจังหวัดระยอง",
                     "ASEAN Creative Forum 2023", "ASEAN Creative Forum 2024", "องค์การบริหารส่วนตำบลนาป่า", "องค์การบริหารส่วนตำบลนาปา"]
        let docs = names.enumerated().map { Self.document("d\($0.offset)", [Self.mention($0.element, .organization, at: 0)]) }
        #expect(Self.groups(docs).count == names.count)
    }

    @Test func aTypoInsideAKnownPlaceNameIsNotMerged() {
        let docs = [Self.document("a", [Self.mention("ศูนย์ส่งเสริมการเรียนรู้ลำปาง", .organization, at: 0),
                                        Self.mention("ลำปาง", .place, at: 40), Self.mention("ลำพูน", .place, at: 50)]),
                    Self.document("b", [Self.mention("ศูนย์ส่งเสริมการเรียนรู้ลำปาน", .organization, at: 0),
                                        Self.mention("ลำปาน", .place, at: 40)])]
        #expect(Self.groups(docs).count == 5)
    }

    @Test func datesMergeByValueAndUnvaluedDatesStayInTheirDocument() {
        let docs = [Self.document("a", [Self.mention("2 กันยายน 2565", .date, at: 0, value: "2022-09-02"),
                                        Self.mention("วันนี้", .date, at: 30)]),
                    Self.document("b", [Self.mention("2 กันยายน พ.ศ. 2565", .date, at: 0, value: "2022-09-02"),
                                        Self.mention("วันนี้", .date, at: 30)])]
        let resolution = EntityResolver().resolve(docs)
        #expect(Self.groups(docs).contains(["2 กันยายน 2565", "2 กันยายน พ.ศ. 2565"]))
        #expect(resolution.entities.count == 3)
        #expect(resolution.entities.filter { $0.members.count == 1 }.map { resolution.documentID(of: $0.members[0]) }.sorted() == ["a", "b"])
    }

    @Test func theIdStaysWhenALaterArticleAddsAnAlias() {
        let first = Self.document("2023-a", date: "2023-01-05", [Self.mention("องค์การยูเนสโก", .organization, at: 0)])
        let later = Self.document("2024-b", date: "2024-03-01", [
            Self.mention("ยูเนสโก", .organization, at: 0, attributes: [MentionAttribute.alias: "UNESCO"]),
            Self.mention("UNESCO", .organization, at: 9, attributes: [MentionAttribute.alias: "ยูเนสโก"]),
            Self.mention("ยูเนสโก", .organization, at: 30), Self.mention("ยูเนสโก", .organization, at: 50),
            Self.mention("องค์การยูเนสโก", .organization, at: 70, attributes: [MentionAttribute.alias: "ยูเนสโก"]),
        ])
        let before = KnowledgeGraph.build(from: [first])
        let after = KnowledgeGraph.build(from: [first, later])
        #expect(before.entities.count == 1 && after.entities.count == 1)
        #expect(before.entities[0].id == after.entities[0].id)
        // The alias is new, and the most frequent form now names the entity; the id did not follow it.
        #expect(after.entities[0].names["th"] == "ยูเนสโก")
        #expect(after.entities[0].names["en"] == "UNESCO")
        #expect(after.entities[0].alternateNames["th"] == ["องค์การยูเนสโก"])
    }

    @Test func resolutionIgnoresOrderAndDuplicates() {
        let docs = [Self.document("a", [Self.mention("มหาวิทยาลัยพะเยา", .organization, at: 0), Self.mention("พะเยา", .place, at: 20)]),
                    Self.document("b", [Self.mention("จังหวัดพะเยา", .place, at: 0), Self.mention("กองค์การยูเนสโก", .organization, at: 20)]),
                    Self.document("c", [Self.mention("องค์การยูเนสโก", .organization, at: 0)])]
        let once = EntityResolver().resolve(docs)
        #expect(EntityResolver().resolve(docs.reversed()) == once)
        #expect(EntityResolver().resolve(docs + docs) == once)
        #expect(once.entities.count == 3)
    }
}
