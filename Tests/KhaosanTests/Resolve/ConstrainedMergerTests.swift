import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanResolve

/// The merging rules that keep an archive's graph from chaining different things into one
/// node (issue: "whole ministries collapse into one node by chaining"), each pinned by the
/// shape of a real case from the thaigov archive.
@Suite struct ConstrainedMergerTests {
    typealias R = EntityResolverTests

    static func org(_ text: String, at start: Int, _ attributes: [MentionAttribute: String] = [:]) -> Mention {
        R.mention(text, .organization, at: start, attributes: attributes)
    }

    @Test func anAcronymDefinedAsTwoDifferentBodiesJoinsNeither() {
        // ทช. is กรมทางหลวงชนบท in most articles and กรมทรัพยากรทางทะเลและชายฝั่ง in some.
        var docs = (0..<3).map { i in
            R.document("road\(i)", [Self.org("กรมทางหลวงชนบท", at: 0, [MentionAttribute.acronym: "ทช."]),
                                    Self.org("ทช.", at: 20, [MentionAttribute.longForm: "กรมทางหลวงชนบท"])])
        }
        docs.append(R.document("sea", [Self.org("กรมทรัพยากรทางทะเลและชายฝั่ง", at: 0, [MentionAttribute.acronym: "ทช."]),
                                       Self.org("ทช.", at: 40, [MentionAttribute.longForm: "กรมทรัพยากรทางทะเลและชายฝั่ง"])]))
        docs.append(R.document("undefined", [Self.org("ทช.", at: 0)]))
        let groups = R.groups(docs)
        let road = groups.first { $0.contains("กรมทางหลวงชนบท") }!
        let sea = groups.first { $0.contains("กรมทรัพยากรทางทะเลและชายฝั่ง") }!
        #expect(road != sea)
        // In the article that defines it the other way, ทช. is the marine department.
        let resolution = EntityResolver().resolve(docs)
        let marine = resolution.entities.first { resolution.mentions(of: $0).contains { $0.text == "กรมทรัพยากรทางทะเลและชายฝั่ง" } }!
        #expect(marine.members.map(resolution.documentID) == ["sea", "sea"])
        // 3 articles against 1: the undefined use goes with the dominant long form.
        #expect(road.count == 2 && groups.count == 2)
    }

    @Test func aChainOfAcronymsNeverJoinsTwoMinistries() {
        // มท ↔ ดศ in one article (a boundary error), each defined for its own ministry elsewhere.
        let docs = [
            R.document("a", [Self.org("กระทรวงมหาดไทย", at: 0, [MentionAttribute.acronym: "มท."])]),
            R.document("b", [Self.org("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", at: 0, [MentionAttribute.acronym: "ดศ."])]),
            R.document("c", [Self.org("มท.", at: 0, [MentionAttribute.alias: "ดศ."]), Self.org("ดศ.", at: 10)]),
            R.document("d", [Self.org("มท.", at: 0)]), R.document("e", [Self.org("ดศ.", at: 0)]),
        ]
        let groups = R.groups(docs)
        #expect(!groups.contains { $0.contains("กระทรวงมหาดไทย") && $0.contains("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") })
    }

    @Test func aLongFormCutAtTheWrongPlaceIsNotADefinition() {
        // "กระทรวงการคลัง (กยศ.)": the extractor took the ministry before the fund's acronym.
        #expect(!MergeEvidence.mayAbbreviate("กยศ.", "กระทรวงการคลัง"))
        #expect(MergeEvidence.mayAbbreviate("กยศ.", "กองทุนเงินให้กู้ยืมเพื่อการศึกษา"))
        #expect(MergeEvidence.mayAbbreviate("UNDP", "โครงการพัฒนาแห่งสหประชาชาติ"))
        #expect(MergeEvidence.mayAbbreviate("กยศ.", "Student Loan Fund"))
        #expect(!MergeEvidence.mayAbbreviate("ศกย.", "กองทุนเงินให้กู้ยืมเพื่อการศึกษา"))
        #expect(Array("ABC").containsInOrder(Array("AC")) && !Array("ABC").containsInOrder(Array("CA")))
        #expect(Array("ABC").containsInOrder([]) && !Array("").containsInOrder(Array("A")))
        let docs = [R.document("a", [Self.org("กระทรวงการคลัง", at: 0, [MentionAttribute.acronym: "กยศ."]),
                                     Self.org("กยศ.", at: 20, [MentionAttribute.longForm: "กระทรวงการคลัง"])])]
        #expect(R.groups(docs).count == 2)
    }

    @Test func anAcronymTheLexiconCallsAmbiguousJoinsOnlyInsideItsArticle() {
        let docs = [R.document("a", [Self.org("กรมพัฒนาฝีมือแรงงาน", at: 0, [MentionAttribute.acronym: "กพร."])]),
                    R.document("b", [Self.org("กพร.", at: 0)])]
        let resolution = EntityResolver(ambiguousAcronyms: ["กพร."]).resolve(docs)
        let groups = Set(resolution.entities.map { Set(resolution.mentions(of: $0).map(\.text)) })
        #expect(groups == [["กรมพัฒนาฝีมือแรงงาน"], ["กพร."]])
    }

    @Test func similarLongFormsOfOneAcronymAreOneBodyDissimilarOnesAreNot() {
        #expect(ConstrainedMerger.isSimilar("หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่", "หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่"))
        #expect(!ConstrainedMerger.isSimilar("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "สำนักงานคณะกรรมการการอาชีวศึกษา"))
        #expect(!ConstrainedMerger.isSimilar("กรมทางหลวง", "กรมทางหลวงชนบท"))
    }

    @Test func theEnglishNameOfALexiconEntryIsTheSameNode() {
        let known = [KnownEntity(label: .organization, name: "กระทรวงมหาดไทย", aliases: ["มท."], properties: ["en": "Ministry of Interior"])]
        let docs = [R.document("a", [Self.org("Ministry of Interior", at: 0)]), R.document("b", [Self.org("กระทรวงมหาดไทย", at: 0)])]
        #expect(R.groups(docs, known: known) == [["Ministry of Interior", "กระทรวงมหาดไทย"]])
    }

    @Test func aNameShortenedWithPaiyanNoiJoinsTheNameItBegins() {
        let docs = [R.document("a", [Self.org("กระทรวงเกษตรและสหกรณ์", at: 0)]),
                    R.document("b", [Self.org("กระทรวงเกษตรฯ", at: 0), Self.org("กระทรวงเกษตรและสหกรณ์", at: 30)]),
                    R.document("c", [Self.org("สำนักงานฯ", at: 0), Self.org("สำนักงานสถิติแห่งชาติ", at: 20),
                                     Self.org("สำนักงานปลัดกระทรวง", at: 50)])]
        let groups = R.groups(docs)
        #expect(groups.contains(["กระทรวงเกษตรฯ", "กระทรวงเกษตรและสหกรณ์"]))
        // "สำนักงานฯ" begins two names equally: it joins neither.
        #expect(groups.contains(["สำนักงานฯ"]))
    }

    @Test func aGivenNameAloneJoinsTheArchivesOnlyFullNameForIt() {
        var docs = (0..<3).map { R.document("full\($0)", [R.mention("นายธนกร วังบุญคงชนะ", .person, at: 0)]) }
        docs.append(R.document("short", [R.mention("นายธนกรฯ", .person, at: 0)]))
        docs += (0..<3).map { R.document("somchai\($0)", [R.mention("นายสมชาย ใจดี", .person, at: 0),
                                                           R.mention("นายสมชาย รักไทย", .person, at: 30)]) }
        docs.append(R.document("alone", [R.mention("นายสมชาย", .person, at: 0)]))
        let groups = R.groups(docs)
        #expect(groups.contains { $0.contains("นายธนกรฯ") && $0.contains("นายธนกร วังบุญคงชนะ") })
        #expect(groups.contains(["นายสมชาย"]))   // two people share it: no guess
    }

    @Test func aBareMueangDistrictIsTheOneOfTheProvinceAfterIt() {
        func place(_ text: String, at start: Int, value: String? = nil, _ attributes: [MentionAttribute: String] = [:]) -> Mention {
            R.mention(text, .place, at: start, attributes: attributes, value: value)
        }
        let docs = [R.document("a", [place("อ.เมือง", at: 0, value: "เมือง"), place("จ.พะเยา", at: 8, value: "พะเยา", [MentionAttribute.containedIn: "ไทย"])]),
                    R.document("b", [place("อำเภอเมือง", at: 0, value: "เมือง"), place("จังหวัดน่าน", at: 11, value: "น่าน", [MentionAttribute.containedIn: "ไทย"])]),
                    R.document("c", [place("อำเภอเมืองพะเยา", at: 0, value: "เมืองพะเยา")])]
        let groups = R.groups(docs)
        #expect(groups.contains(["อ.เมือง", "อำเภอเมืองพะเยา"]))
        #expect(groups.contains(["อำเภอเมือง"]))
    }
}
