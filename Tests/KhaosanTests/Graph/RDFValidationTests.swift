import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanGraph

/// Loads the seed graph with a real JSON-LD processor (rdflib, through
/// `scripts/check-graph-rdf.py`): JSON-LD → N-Quads → SPARQL. rdflib comes from a
/// private virtual environment (`scripts/python-env.sh`); the tests are skipped, with
/// the reason reported, when that cannot be made.
@Suite struct RDFValidationTests {
    struct Report: Decodable {
        let triples: Int
        let blankNodes: Int
        let people: [String]
    }

    static func check(_ graph: KnowledgeGraph) throws -> (status: Int32, report: Report?, stderr: String) {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("khaosan-rdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).jsonld").path
        try JSONLDWriter().write(graph, to: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, output, errors) = try ExportFixture.python("check-graph-rdf.py", [path, "พะเยา"])
        return (status, try? JSONDecoder().decode(Report.self, from: output), errors)
    }

    @Test func rdflibLoadsTheSeedGraphAndSPARQLFindsWhoWorksForAnOrganisationInPhayao() throws {
        let result = try Self.check(try SeedsGraphTests.seedGraph())
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(result.report, "no report: \(result.stderr)")
        #expect(report.blankNodes == 0)
        #expect(report.triples > 1000)
        #expect(Set(report.people) == ["สุภกร พงศบางโพธิ์", "ญภา วิทย์นลากรณ์"])
    }

    @Test func theQueryFindsNobodyWhenNoOrganisationIsLocated() throws {
        // Same documents without the place mentions: no organisation has a location.
        let extractions = try GoldExtractions.load().map { extraction -> DocumentExtraction in
            var copy = extraction
            copy.mentions.removeAll { $0.label == .place }
            copy.relations.removeAll { $0.predicate == RelationPredicate.location }
            return copy
        }
        let result = try Self.check(KnowledgeGraph.build(from: extractions, known: []))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.report?.people == [])
    }
}
