import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanTraining

/// Relation scoring from a hand-made extraction, numbers worked out by hand.
struct RelationEvaluatorTests {
    static let text = "นายสมชาย ใจดี ปลัดกระทรวงแรงงาน เยือนสำนักงานแรงงานจังหวัดตราด"

    static func extraction() -> DocumentExtraction {
        let r = { GraphGoldFixture.range(of: $0, in: text) }
        let person = Mention(range: r("นายสมชาย ใจดี"), label: .person, text: "นายสมชาย ใจดี",
                             person: PersonNameParts(titles: ["นาย"], given: "สมชาย", family: "ใจดี"), source: "test")
        let ministry = Mention(range: r("กระทรวงแรงงาน"), label: .organization, text: "กระทรวงแรงงาน", source: "test")
        let office = Mention(range: r("สำนักงานแรงงานจังหวัดตราด"), label: .organization, text: "สำนักงานแรงงานจังหวัดตราด",
                             source: "test", attributes: [MentionAttribute.location: "ตราด"])
        return DocumentExtraction(
            id: "d1", metadata: DocumentMetadata(), contentHash: "", sourceLength: text.unicodeScalars.count,
            mentions: [person, ministry, office],
            relations: [
                RelationFact(subject: person.range, predicate: RelationPredicate.jobTitle, literal: "ปลัดกระทรวง", source: "test"),
                RelationFact(subject: person.range, predicate: RelationPredicate.jobTitle, literal: "ประธาน", source: "test"),
                RelationFact(subject: person.range, predicate: RelationPredicate.worksFor, object: ministry.range, source: "test"),
                RelationFact(subject: person.range, predicate: RelationPredicate.affiliation, object: office.range, source: "test"),
            ])
    }

    static let gold = GoldRelations(factsByDocument: [
        "d1": [
            GoldRelationFact(subject: "สมชาย  ใจดี", predicate: "jobTitle", object: "ปลัดกระทรวงแรงงาน"),
            GoldRelationFact(subject: "สมชาย ใจดี", predicate: "worksFor", object: "กระทรวงแรงงาน"),
            GoldRelationFact(subject: "สำนักงานแรงงานจังหวัดตราด", predicate: "location", object: "ตราด"),
            GoldRelationFact(subject: "งานเปิดตัว", predicate: "location", object: "ตราด"),
        ],
        "d9": [GoldRelationFact(subject: "สมหญิง ดีใจ", predicate: "jobTitle", object: "อธิบดี")],
    ])

    @Test func systemFactsUsePersonNamesWithoutTitles() {
        let facts = RelationEvaluator().systemFacts(Self.extraction())
        #expect(facts.contains(GoldRelationFact(subject: "สมชาย ใจดี", predicate: "worksFor", object: "กระทรวงแรงงาน")))
        #expect(facts.contains(GoldRelationFact(subject: "สำนักงานแรงงานจังหวัดตราด", predicate: "location", object: "ตราด")))
        #expect(facts.count == 4)   // two jobTitles, worksFor, location; affiliation is not scored
    }

    @Test func scoresStrictAndLenientPerPredicate() throws {
        let result = RelationEvaluator().evaluate(gold: Self.gold, extractions: ["d1": Self.extraction()], errors: 10)
        #expect(result.documents == 2)
        #expect(result.missingDocuments == ["d9"])
        let byPredicate = Dictionary(uniqueKeysWithValues: result.predicates.map { ($0.predicate, $0) })
        let job = try #require(byPredicate["jobTitle"])
        #expect((job.gold, job.system) == (2, 2))
        #expect((job.strict.precision, job.strict.recall) == (0, 0))
        #expect((job.lenient.precision, job.lenient.recall) == (0.5, 0.5))   // "ปลัดกระทรวง" inside the full phrase
        let works = try #require(byPredicate["worksFor"])
        #expect((works.strict.precision, works.strict.recall, works.lenient.precision) == (1, 1, 1))
        let location = try #require(byPredicate["location"])
        #expect((location.gold, location.system, location.strict.precision, location.strict.recall) == (2, 1, 1, 0.5))
        #expect(result.spurious.map(\.object) == ["ปลัดกระทรวง", "ประธาน"])
        #expect(result.missed.map(\.object) == ["ปลัดกระทรวงแรงงาน", "ตราด", "อธิบดี"])
    }
}
