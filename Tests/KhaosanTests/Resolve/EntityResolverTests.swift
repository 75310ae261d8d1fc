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
