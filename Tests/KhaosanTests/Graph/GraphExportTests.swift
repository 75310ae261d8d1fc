import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanGraph

/// `khaosan export` without Python: the formats' shape, the tables' rows against the graph, errors.
@Suite struct GraphExportTests {
    static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    @Test func nquadsHasOneTriplePerLineAndTheURLIsAnIRI() throws {
        let directory = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let graph = try ExportFixture.graph()
        try JSONLDWriter().write(graph, to: directory + "/g.jsonld")
        let counts = try GraphExport.run(input: directory + "/g.jsonld", to: .nquads(directory + "/g.nq"))
        let lines = try Self.lines(directory + "/g.nq")
        #expect(lines.count == counts["triples"])
        #expect(counts["nodes"] == graph.nodes.count + graph.mentionCount)
        #expect(lines.allSatisfy { $0.hasPrefix("<") && $0.hasSuffix(" .") })
        #expect(lines.contains { $0.contains("<http://schema.org/url> <https://www.thaigov.go.th/news/contents/details/") && $0.hasSuffix("%20x> .") })
        #expect(lines.contains { $0.contains("<http://www.w3.org/ns/prov#wasDerivedFrom>") })
        #expect(lines.contains { $0.contains(#""2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date>"#) })
    }

    @Test func tablesHaveARowPerMentionArticleAndAssertedRelation() throws {
        let directory = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let graph = try ExportFixture.graph()
        try JSONLDWriter().write(graph, to: directory + "/g.jsonld")
        let counts = try GraphExport.run(input: directory + "/g.jsonld", to: .tables(directory: directory + "/t", format: .tsv))
        let mentions = try Self.lines(directory + "/t/mentions.tsv")
        #expect(mentions.first == "article\tstart\tend\tlabel\ttext\tentity")
        #expect(mentions.count - 1 == graph.mentionCount)
        let first = try #require(graph.annotations.first)
        #expect(mentions.contains([first.document, "\(first.start)", "\(first.end)", first.label.rawValue, first.exact, first.body]
            .joined(separator: "\t")))
        let articles = try Self.lines(directory + "/t/articles.tsv")
        #expect(articles.count - 1 == graph.nodes.filter { $0.types == ["NewsArticle"] }.count)
        let relations = try Self.lines(directory + "/t/relations.tsv").dropFirst().map { $0.components(separatedBy: "\t") }
        #expect(relations.count == counts["relations"] && !relations.isEmpty)
        // Every worksFor edge of the graph is in the table, each row with the article that asserted it.
        for person in graph.nodes where person.label == .person {
            for organisation in person.properties["worksFor"] ?? [] where !organisation.string.contains("/role/") {
                let rows = relations.filter { $0[0] == person.id && $0[1] == "worksFor" && $0[2] == organisation.string }
                #expect(!rows.isEmpty, "\(person.id) worksFor \(organisation.string) has no row")
                #expect(rows.allSatisfy { $0[3] == "iri" && $0[4].contains("/doc/") && !$0[5].isEmpty })
            }
        }
        let roles = try Self.lines(directory + "/t/roles.tsv").dropFirst().map { $0.components(separatedBy: "\t") }
        #expect(!roles.isEmpty)
        for role in roles {
            let person = try #require(graph.node(role[1]), "role \(role[0]) without its person")
            #expect(person.properties["worksFor"]?.contains(.reference(role[2])) == true)
            #expect(person.properties["jobTitle"]?.contains(.text(role[3])) == true)
            #expect(role[4].hasPrefix("2024-01-"))
        }
    }

    @Test func splitKeepsEveryNodeLineInOneOfTwoFiles() throws {
        let directory = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let graph = try ExportFixture.graph()
        try JSONLDWriter().write(graph, to: directory + "/g.jsonld")
        let counts = try GraphExport.run(input: directory + "/g.jsonld",
                                         to: .splitJSONLD(entities: directory + "/e.jsonld", annotations: directory + "/a.jsonld"))
        #expect(counts["annotations"] == graph.mentionCount)
        #expect(counts["entity graph nodes"] == graph.nodes.count)
        let entities = try GraphReader.read(path: directory + "/e.jsonld")
        #expect(entities.nodes.map(\.id) == graph.nodes.map(\.id))
        #expect(try GraphReader.read(path: directory + "/a.jsonld").annotations == graph.annotations)
    }

    @Test func aCutOrForeignFileIsAnErrorNamingItAndTheLine() throws {
        let directory = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bytes = JSONLDWriter().data(for: try ExportFixture.graph())
        let cut = bytes.prefix(bytes.count / 2)
        try cut.write(to: URL(fileURLWithPath: directory + "/cut.jsonld"))
        #expect(throws: (any Error).self) { try GraphExport.run(input: directory + "/cut.jsonld", to: .nquads(directory + "/cut.nq")) }
        do {
            _ = try GraphExport.run(input: directory + "/cut.jsonld", to: .nquads(directory + "/cut.nq"))
        } catch {
            #expect("\(error)".contains("cut.jsonld"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory + "/cut.nq"))   // nothing half-written
        try Data(#"{"a": 1}"#.utf8).write(to: URL(fileURLWithPath: directory + "/other.json"))
        #expect(throws: (any Error).self) { try GraphExport.run(input: directory + "/other.json", to: .turtle(directory + "/o.ttl")) }
    }

    @Test func theContextAndTheKhaosanTermsMoveWithTheBase() throws {
        let graph = KnowledgeGraph.build(from: try ExportFixture.extractions(), known: GoldExtractions.seedLexicon,
                                         base: "https://data.example.net/kg/")
        let text = String(decoding: JSONLDWriter().data(for: graph), as: UTF8.self)
        #expect(text.contains(#""khaosan": "https://data.example.net/kg/vocab#""#))
        #expect(!text.contains("https://example.org/"))
    }
}

/// An empty graph exports to empty outputs (header rows only), not to an error.
@Suite struct EmptyGraphExportTests {
    @Test func anEmptyGraphGivesNoTriplesAndHeaderOnlyTables() throws {
        let directory = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try JSONLDWriter().write(KnowledgeGraph(base: GraphIRI.defaultBase, version: "0", nodes: [], annotations: []),
                                 to: directory + "/empty.jsonld")
        let counts = try GraphExport.run(input: directory + "/empty.jsonld", to: .nquads(directory + "/empty.nq"))
        #expect(counts["nodes"] == 0 && counts["triples"] == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/empty.nq")).isEmpty)
        _ = try GraphExport.run(input: directory + "/empty.jsonld", to: .tables(directory: directory + "/t", format: .csv))
        #expect(try GraphExportTests.lines(directory + "/t/mentions.csv") == ["article,start,end,label,text,entity"])
    }
}
