import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanGraph

/// The attributes the ORG and PLACE extractors set (`MentionAttribute`) reach the graph.
@Suite struct ExtractorAttributesTests {
    typealias R = EntityResolverTests

    static func place(_ text: String, at start: Int, canonical: String?, _ attributes: [MentionAttribute: String] = [:]) -> Mention {
        var mention = R.mention(text, .place, at: start, attributes: attributes)
        mention.value = canonical
        return mention
    }

    @Test func lexiconMatchesOfPlacesCarryNamesTypesAndContainers() throws {
        let docs = [R.document("a", [Self.place("กทม.", at: 0, canonical: "กรุงเทพมหานคร",
                                                [MentionAttribute.wikidata: "Q1861", MentionAttribute.english: "Bangkok",
                                                 MentionAttribute.schemaType: "City", MentionAttribute.containedIn: "ประเทศไทย"]),
                                     Self.place("ไทย", at: 10, canonical: "ประเทศไทย")]),
                    R.document("b", [Self.place("กรุงเทพมหานคร", at: 0, canonical: "กรุงเทพมหานคร")])]
        let graph = KnowledgeGraph.build(from: docs)
        let bangkok = try #require(graph.entities.first { $0.names["en"] == "Bangkok" })
        #expect(bangkok.names["th"] == "กรุงเทพมหานคร")
        #expect(bangkok.types == ["City"])
        #expect(bangkok.properties["sameAs"] == [.reference("http://www.wikidata.org/entity/Q1861")])
        #expect(graph.annotations.filter { $0.body == bangkok.id }.count == 2)
        let thailand = try #require(graph.entities.first { $0.names["th"] == "ประเทศไทย" })
        #expect(bangkok.properties["containedInPlace"] == [.reference(thailand.id)])
    }

    @Test func aPersonWrittenInThaiKeepsThaiNameParts() throws {
        // Corpus fixture thaigov-96825: one English mention beside one Thai mention of the same person.
        let known = [KnownEntity(label: .person, name: "แพทองธาร ชินวัตร", aliases: ["Paetongtarn Shinawatra"])]
        let docs = [R.document("a", [R.mention("Paetongtarn Shinawatra", .person, at: 0)]),
                    R.document("b", [R.mention("นางสาวแพทองธาร ชินวัตร", .person, at: 0)])]
        let graph = KnowledgeGraph.build(from: docs, known: known)
        let person = try #require(graph.entities.first { $0.names["th"] == "แพทองธาร ชินวัตร" })
        #expect(person.properties["givenName"] == [.text("แพทองธาร")])
        #expect(person.properties["familyName"] == [.text("ชินวัตร")])
    }

    @Test func organisationAlternateNamesLexiconNamesAndParents() throws {
        let docs = [R.document("a", [
            R.mention("เครือข่ายเมืองสร้างสรรค์ของ UNESCO", .organization, at: 0,
                      attributes: [MentionAttribute.parentOrganization: "องค์การยูเนสโก"]),
            R.mention("เมืองแห่งการเรียนรู้ประเทศไทย", .organization, at: 40,
                      attributes: [MentionAttribute.alternateName: "Learning City Thailand"]),
            R.mention("Learning City Thailand", .organization, at: 71),
            R.mention("ยูเนสโก", .organization, at: 100, attributes: [MentionAttribute.lexiconName: "องค์การยูเนสโก"]),
        ])]
        let graph = KnowledgeGraph.build(from: docs)
        #expect(graph.entities.count == 3)
        let unesco = try #require(graph.entities.first { $0.names["th"] == "องค์การยูเนสโก" })
        let network = try #require(graph.entities.first { $0.names["th"] == "เครือข่ายเมืองสร้างสรรค์ของ UNESCO" })
        #expect(network.properties["parentOrganization"] == [.reference(unesco.id)])
        #expect(graph.entities.contains { $0.names["en"] == "Learning City Thailand" && $0.names["th"] == "เมืองแห่งการเรียนรู้ประเทศไทย" })
    }

    @Test func aMeetingNamesTheBodyThatHoldsIt() throws {
        // thaigov-91199: the committee written inside the meeting's name is its organizer, when the
        // archive knows the committee as an ORG; an unknown name links to nothing.
        let docs = [R.document("a", [
            R.mention("การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567", .event, at: 0,
                      attributes: [MentionAttribute.organizer: "คณะกรรมการโรคติดต่อแห่งชาติ"]),
            R.mention("การประชุมคณะกรรมการไม่มีที่อื่น ครั้งที่ 1/2567", .event, at: 60,
                      attributes: [MentionAttribute.organizer: "คณะกรรมการไม่มีที่อื่น"]),
        ]), R.document("b", [R.mention("คณะกรรมการโรคติดต่อแห่งชาติ", .organization, at: 0)])]
        let graph = KnowledgeGraph.build(from: docs)
        let committee = try #require(graph.entities.first { $0.names["th"] == "คณะกรรมการโรคติดต่อแห่งชาติ" })
        let meeting = try #require(graph.entities.first { $0.names["th"] == "การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567" })
        #expect(meeting.properties["organizer"] == [.reference(committee.id)])
        let other = try #require(graph.entities.first { $0.names["th"] == "การประชุมคณะกรรมการไม่มีที่อื่น ครั้งที่ 1/2567" })
        #expect(other.properties["organizer"] == nil)
    }

    @Test func aBodyNamedWithAnotherPlaceIsItsOwnNodeWithItsOwnName() throws {
        // thaigov-47013: "ตร.เมียนมา" (Myanmar's police) was named, and located, as the Royal Thai Police.
        let docs = [R.document("a", [
            R.mention("สำนักงานตำรวจแห่งชาติ", .organization, at: 0),
            R.mention("ตร.เมียนมา", .organization, at: 40,
                      attributes: [MentionAttribute.lexiconName: "สำนักงานตำรวจแห่งชาติ", MentionAttribute.location: "เมียนมา"]),
            R.mention("เมียนมา", .place, at: 43),
        ])]
        let graph = KnowledgeGraph.build(from: docs)
        let thai = try #require(graph.entities.first { $0.names["th"] == "สำนักงานตำรวจแห่งชาติ" })
        let myanmar = try #require(graph.entities.first { $0.names["th"] == "ตร.เมียนมา" })
        #expect(thai.properties["location"] == nil)
        #expect(myanmar.properties["location"] != nil)
    }
}
