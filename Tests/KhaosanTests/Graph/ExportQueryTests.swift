import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanGraph

/// The export against real RDF tools: rdflib reads the same triples from the JSON-LD as from
/// each export, and Oxigraph (pyoxigraph) answers the example queries of docs/queries/ on the
/// N-Quads. Skipped, with the reason, when scripts/python-env.sh cannot make its environment
/// (no network); .ci/run makes it first, so in CI they run.
@Suite(.serialized) struct ExportQueryTests {
    struct Comparison: Decodable { let expected: Int; let exported: Int; let missing: [String]; let extra: [String] }
    struct Rows: Decodable { let rows: [[String: String]] }

    static func exported(_ make: (String) -> GraphExport.Target, name: String) throws -> (directory: String, graph: String, output: String) {
        let directory = ExportFixture.directory()
        let graph = directory + "/g.jsonld"
        try JSONLDWriter().write(try ExportFixture.graph(), to: graph)
        _ = try GraphExport.run(input: graph, to: make(directory + "/" + name))
        return (directory, graph, directory + "/" + name)
    }

    @Test(arguments: ["nquads", "turtle", "split"])
    func rdflibReadsTheSameTriplesFromTheExportAsFromTheJSONLD(kind: String) throws {
        _ = try RDFPython.require()
        let (directory, graph, output) = try Self.exported({ path in
            switch kind {
            case "nquads": return .nquads(path)
            case "turtle": return .turtle(path)
            default: return .splitJSONLD(entities: path + "/entities.jsonld", annotations: path + "/annotations.jsonld")
            }
        }, name: "out")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try ExportFixture.python("check-export-rdf.py", [graph, kind, output])
        #expect(result.status == 0, "\(String(decoding: result.output, as: UTF8.self)) \(result.errors)")
        let comparison = try JSONDecoder().decode(Comparison.self, from: result.output)
        #expect(comparison.expected > 1000)
        #expect(comparison.exported == comparison.expected)
    }

    static func query(_ file: String, _ value: String?) throws -> [[String: String]] {
        _ = try RDFPython.require()
        let (directory, _, nquads) = try Self.exported({ .nquads($0) }, name: "g.nq")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try ExportFixture.python("sparql-examples.py",
                                              [nquads, Repository.path("docs/queries/" + file)] + (value.map { [$0] } ?? []))
        #expect(result.status == 0, "\(result.errors)")
        return try JSONDecoder().decode(Rows.self, from: result.output).rows
    }

    @Test func peopleAndTheirOrganisationsAreTheGraphsWorksForEdgesWithDatedRoles() throws {
        let graph = try ExportFixture.graph()
        let rows = try Self.query("people-and-organisations.rq", nil)
        var expected = Set<String>()
        for person in graph.nodes where person.label == .person {
            for target in person.properties["worksFor"] ?? [] where graph.node(target.string)?.label == .organization {
                expected.insert(person.id + " " + target.string)
            }
        }
        #expect(!expected.isEmpty)
        #expect(Set(rows.map { $0["person"]! + " " + $0["organisation"]! }) == expected)
        #expect(rows.contains { $0["title"] != nil && $0["since"]?.hasPrefix("2024-01-") == true })
    }

    @Test func organisationsInPhayaoAndTheirPeople() throws {
        let rows = try Self.query("organisations-in-province.rq", "พะเยา")
        #expect(Set(rows.compactMap { $0["organisationName"] }).contains("มหาวิทยาลัยพะเยา"))
        #expect(Set(rows.compactMap { $0["personName"] }) == ["สุภกร พงศบางโพธิ์", "ญภา วิทย์นลากรณ์"])
        #expect(try Self.query("organisations-in-province.rq", "ไม่มีจังหวัดนี้").isEmpty)
    }

    @Test func articlesMentioningAnEntityAreTheArticlesWhoseMentionsNameIt() throws {
        let graph = try ExportFixture.graph()
        let rows = try Self.query("articles-mentioning.rq", "มหาวิทยาลัยพะเยา")
        let entity = try #require(graph.nodes.first { $0.allNames.contains("มหาวิทยาลัยพะเยา") })
        let expected = Set(graph.annotations.filter { $0.body == entity.id }.map(\.document))
        #expect(!expected.isEmpty)
        #expect(Set(rows.map { $0["article"]! }) == expected)
        #expect(rows.allSatisfy { $0["url"]?.hasPrefix("https://www.thaigov.go.th/") == true && $0["date"] != nil })
    }

    @Test func theStatementsSayWhichArticleAssertedAWorksFor() throws {
        let rows = try Self.query("who-asserted.rq", "สุภกร พงศบางโพธิ์")
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["article"]?.contains("/doc/") == true && $0["rule"] != nil })
    }
}
