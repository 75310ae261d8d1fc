import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText
@testable import KhaosanTraining

/// Graph evaluation on `GraphGoldFixture`, numbers worked out by hand.
struct GraphEvaluatorTests {
    private func evaluate() throws -> GraphEvaluation {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("graph-eval-\(UUID()).jsonld").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try GraphGoldFixture.graph().write(toFile: path, atomically: true, encoding: .utf8)
        let index = try GraphMentionIndex.read(path: path)
        var evaluator = GraphEvaluator(registry: GraphGoldFixture.registry)
        let segmenter = try Segmenter()
        for (id, text) in GraphGoldFixture.documents {
            let document = Document(id: id, source: text)
            evaluator.add(document, tokens: try segmenter.tokens(of: document), mentions: index.mentions(document: id), graph: index)
        }
        return evaluator.evaluation(errors: 5)
    }

    @Test func readsOnlyPersonOrgPlaceAnnotationsOfTheGraph() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("graph-index-\(UUID()).jsonld").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try GraphGoldFixture.graph().write(toFile: path, atomically: true, encoding: .utf8)
        let index = try GraphMentionIndex.read(path: path)
        #expect(index.mentions(document: "d1").map(\.label) == [.person, .place, .organization])
        #expect(index.mentions(document: "d1")[0].range == ScalarRange(0, 24))
        #expect(index.mentions(document: "d2").count == 4)
        #expect(Set(index.nodeNames) == Set(["person/p1", "person/p2", "place/l1", "place/l2", "place/l3", "org/o1", "org/o2"]
            .map { "name of " + $0 }))
    }

    @Test func findsOccurrencesOnWordBoundariesLongestFirst() throws {
        let finder = VariantOccurrenceFinder(registry: GraphGoldFixture.registry)
        let segmenter = try Segmenter()
        let d1 = Document(id: "d1", source: GraphGoldFixture.documents[0].text)
        let found = finder.occurrences(in: d1, tokens: try segmenter.tokens(of: d1))
        // E4 after the title, E1 "ประเทศลาว" (not its "ลาว"), E3 (not E2 inside it), no "ลาว" in "ศาลาว่าการ".
        #expect(found.map(\.entity) == [3, 0, 2])
        #expect(found[0].range == GraphGoldFixture.range(of: "ประยุทธ์ จันทร์โอชา", in: d1.source))
        let d3 = Document(id: "d3", source: "ประยุทธ์\u{00A0} จันทร์โอชา")   // no-break + ASCII space
        #expect(finder.occurrences(in: d3, tokens: try segmenter.tokens(of: d3)).map(\.range) == [ScalarRange(0, 20)])
    }

    @Test func scoresCoverageBCubedAndNodesPerEntity() throws {
        let e = try evaluate()
        #expect(e.documents == 3)
        let byLabel = Dictionary(uniqueKeysWithValues: e.labels.map { ($0.label, $0) })
        let person = try #require(byLabel["PERSON"]), org = try #require(byLabel["ORG"])
        let place = try #require(byLabel["PLACE"]), all = try #require(byLabel["all"])
        // PERSON: E4 three times, all covered (d1 through the title), on p1 twice and p2 once.
        #expect((person.occurrences, person.covered, person.nested) == (3, 3, 0))
        #expect(person.bcubed.precision == 1)
        #expect(abs(person.bcubed.recall - 5.0 / 9) < 1e-12)
        #expect((person.entities, person.nodesPerEntity, person.entitiesOnOneNode) == (1, 2, 0))
        // ORG: E3 in d1 (o1) and d3 (PLACE mention: missed); E2 in d2 on o1.
        #expect((org.occurrences, org.covered, org.nested) == (3, 2, 0))
        #expect(abs(org.coverage - 2.0 / 3) < 1e-12)
        #expect((org.bcubed.precision, org.bcubed.recall) == (0.5, 1))
        #expect(abs(org.bcubed.f1 - 2.0 / 3) < 1e-12)
        #expect((org.entities, org.nodesPerEntity, org.shareOnOneNode) == (2, 1, 1))
        // PLACE: E1 (l1), E5 in d2 (l2) and d3 (missed); "ราชบุรี" inside the ORG mention of d2 not scored.
        #expect((place.occurrences, place.covered, place.nested) == (3, 2, 1))
        #expect((place.bcubed.precision, place.bcubed.recall) == (1, 1))
        // All: 7 of 9 covered; precision (3 + 2·½ + 2)/7, recall (⅔ + ⅔ + ⅓ + 4)/7.
        #expect((all.occurrences, all.covered, all.nested) == (9, 7, 1))
        #expect(abs(all.bcubed.precision - 6.0 / 7) < 1e-12)
        #expect(abs(all.bcubed.recall - 17.0 / 21) < 1e-12)
        #expect((all.entities, all.nodesPerEntity, all.entitiesOnOneNode, all.shareOnOneNode) == (5, 1.2, 4, 0.8))
    }

    @Test func listsTheSplitAndTheMix() throws {
        let e = try evaluate()
        #expect(e.splits.count == 1)
        let split = try #require(e.splits.first)
        #expect((split.id, split.occurrences, split.outsideLargestPart, split.partCount) == ("E4", 3, 1, 2))
        #expect(split.parts.map(\.id) == [GraphGoldFixture.base + "person/p1", GraphGoldFixture.base + "person/p2"])
        #expect(split.parts.map(\.occurrences) == [2, 1])
        #expect(split.parts[0].examples.map(\.document) == ["d1", "d3"])
        #expect(split.parts[1].examples[0].context == "นายกฯ [ประยุทธ์ จันทร์โอชา] ประชุมที่อาคารราชบุรีดิเรกฤทธ")   // 30 scalars each side
        #expect(e.mixes.count == 1)
        let mix = try #require(e.mixes.first)
        #expect((mix.id, mix.name, mix.label, mix.partCount) == (GraphGoldFixture.base + "org/o1", "name of org/o1", "ORG", 2))
        #expect(mix.parts.map(\.id) == ["E2", "E3"])
        // Missed: E3 in d3 (a PLACE mention), E5 in d3 (no mention).
        #expect(e.misses.map { "\($0.id) \($0.text) \($0.occurrences) \($0.examples[0].document)" }
            == ["E3 กรมทางหลวงชนบท 1 d3", "E5 ราชบุรี 1 d3"])
        #expect(try evaluate() == e)   // deterministic
    }

    @Test func bCubedOfAClassicExample() {
        // Gold {a,a,a,b,b}; system {a,a} {a,b,b}: P = (2·1 + 1·⅓ + 2·⅔)/5, R = (2·⅔ + 1·⅓ + 2·1)/5.
        let score = BCubedScore(cells: [(gold: "a", system: 1, count: 2), (gold: "a", system: 2, count: 1),
                                        (gold: "b", system: 2, count: 2)])
        #expect(abs(score.precision - (2 + 1.0 / 3 + 4.0 / 3) / 5) < 1e-12)
        #expect(abs(score.recall - (4.0 / 3 + 1.0 / 3 + 2) / 5) < 1e-12)
        #expect(BCubedScore(cells: [(gold: 1, system: 1, count: 0)].dropLast()).f1 == 0)
    }
}
