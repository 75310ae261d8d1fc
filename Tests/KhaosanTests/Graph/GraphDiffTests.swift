import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanResolve
@testable import KhaosanGraph

@Suite struct GraphDiffTests {
    typealias R = EntityResolverTests

    static let documents = [
        R.document("a", [R.mention("ยูเนสโก", .organization, at: 0), R.mention("มหาวิทยาลัยพะเยา", .organization, at: 20),
                         R.mention("นายสมชาย ใจดี", .person, at: 40)]),
        R.document("b", [R.mention("องค์การยูเนสโก", .organization, at: 0)]),
    ]
    static let unesco = KnownEntity(label: .organization, name: "องค์การยูเนสโก", aliases: ["ยูเนสโก", "UNESCO"])

    @Test func equalGraphsHaveNoDifferences() throws {
        let graph = KnowledgeGraph.build(from: Self.documents)
        #expect(try GraphDiff.compare(graph, graph).isEmpty)
        #expect(GraphDiffFormatter(format: .text).render(try GraphDiff.compare(graph, graph)) == "graph diff: no differences\n")
    }

    @Test func aLexiconLineThatJoinsTwoEntitiesShowsAsAMerge() throws {
        let old = KnowledgeGraph.build(from: Self.documents)
        let new = KnowledgeGraph.build(from: Self.documents, known: [Self.unesco])
        let report = try GraphDiff.compare(old, new)
        let merges = report.moves.filter { $0.kind == "merge" }
        #expect(merges.count == 1)
        #expect(Set(merges.first?.from.map(\.name) ?? []) == ["ยูเนสโก", "องค์การยูเนสโก"])
        #expect(report.removedEntities.count + report.addedEntities.count >= 1)
        #expect(report.mentionsGained.isEmpty && report.mentionsLost.isEmpty)
        // And the other way round it is a split.
        let back = try GraphDiff.compare(new, old)
        #expect(back.moves.filter { $0.kind == "split" }.count == 1)
    }

    @Test func aliasesGainedAndMentionsGainedWithTheirText() throws {
        let old = KnowledgeGraph.build(from: Self.documents, known: [Self.unesco])
        var more = Self.documents
        more.append(R.document("c", [R.mention("UNESCO", .organization, at: 3), R.mention("พะเยา", .place, at: 30)]))
        more[1].mentions.append(R.mention("องค์การยูเนสโก", .organization, at: 90, attributes: [MentionAttribute.alias: "UNESCO Paris"]))
        let new = KnowledgeGraph.build(from: more, known: [Self.unesco])
        let report = try GraphDiff.compare(old, new)
        let aliasChange = report.propertyChanges.first { $0.property == "alternateName" }
        #expect(aliasChange?.added == ["UNESCO Paris@en"])
        #expect(Set(report.mentionsGained.map(\.text)) == ["UNESCO", "พะเยา", "องค์การยูเนสโก"])
        #expect(report.mentionCountsByLabel["PLACE"]?.gained == 1)
        #expect(report.addedDocuments == ["https://example.org/khaosan/doc/c"])
        let text = GraphDiffFormatter(format: .text).render(report)
        #expect(text.contains("added \"พะเยา\" PLACE @30"))
        #expect(text.contains("added \"UNESCO\" ORG → องค์การยูเนสโก @3"))
        let markdown = GraphDiffFormatter(format: .markdown).render(report)
        #expect(markdown.contains("#### Articles (2)"))
        #expect(markdown.contains("| PLACE | 1 | 0 |"))
    }

    @Test func changedRelationsAreReportedWithTheTargetName() throws {
        let gold = try GoldExtractions.load()
        let old = KnowledgeGraph.build(from: gold)
        let withoutRelations = gold.map { e -> DocumentExtraction in var e = e; e.relations = []; return e }
        let report = try GraphDiff.compare(old, KnowledgeGraph.build(from: withoutRelations))
        let worksFor = report.propertyChanges.filter { $0.property == "worksFor" }
        #expect(worksFor.contains { $0.entity.name == "สุภกร พงศบางโพธิ์" && $0.removed.contains { $0.contains("มหาวิทยาลัยพะเยา") } })
        #expect(report.moves.isEmpty && report.mentionsLost.isEmpty)
    }

    @Test func jsonReportIsMachineReadable() throws {
        let old = KnowledgeGraph.build(from: Self.documents)
        let new = KnowledgeGraph.build(from: Array(Self.documents.prefix(1)))
        let json = GraphDiffFormatter(format: .json).render(try GraphDiff.compare(old, new))
        let decoded = try JSONDecoder().decode(GraphDiffReport.self, from: Data(json.utf8))
        #expect(decoded.removedDocuments == ["https://example.org/khaosan/doc/b"])
        #expect(decoded.mentionsLost.map(\.text) == ["องค์การยูเนสโก"])
        #expect(decoded.schema == "khaosan-diff/2")
        #expect(decoded.articles.map(\.document) == ["b"])
    }
}

extension GraphDiffTests {
    @Test func aMentionWhoseTextChangedIsLostAndGained() throws {
        let old = KnowledgeGraph.build(from: Self.documents)
        var edited = Self.documents
        edited[0].mentions[1] = R.mention("มหาวิทยาลัยพะเยอ", .organization, at: 20)
        let report = try GraphDiff.compare(old, KnowledgeGraph.build(from: edited))
        #expect(report.mentionsLost.map(\.text) == ["มหาวิทยาลัยพะเยา"])
        #expect(report.mentionsGained.map(\.text) == ["มหาวิทยาลัยพะเยอ"])
    }
}
