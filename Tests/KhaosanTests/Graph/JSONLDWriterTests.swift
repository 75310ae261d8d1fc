import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

@Suite struct JSONLDWriterTests {
    static func seedJSON() throws -> [String: Any] {
        let data = JSONLDWriter().data(for: try SeedsGraphTests.seedGraph())
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func inlineContextWithSchemaOrgVocabularyAndPrefixes() throws {
        let context = try #require(try Self.seedJSON()["@context"] as? [String: Any])
        #expect(context["@vocab"] as? String == "http://schema.org/")
        #expect(context["oa"] as? String == "http://www.w3.org/ns/oa#")
        #expect(context["time"] as? String == "http://www.w3.org/2006/time#")
        #expect(context["xsd"] as? String == "http://www.w3.org/2001/XMLSchema#")
        #expect((context["name"] as? [String: Any])?["@container"] as? String == "@language")
    }

    @Test func nodesSortedByIRIAndEveryNodeHasAnIRI() throws {
        let nodes = try #require(try Self.seedJSON()["@graph"] as? [[String: Any]])
        let ids = nodes.compactMap { $0["@id"] as? String }
        #expect(ids.count == nodes.count)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("https://example.org/khaosan/") })
    }

    @Test func everyMentionIsAnAnnotationWithPositionAndQuoteSelectors() throws {
        let nodes = try #require(try Self.seedJSON()["@graph"] as? [[String: Any]])
        let annotations = nodes.filter { $0["@type"] as? String == "oa:Annotation" }
        let gold = try GoldExtractions.load()
        #expect(annotations.count == gold.map(\.mentions.count).reduce(0, +))
        let university = try #require(annotations.first { ($0["@id"] as? String)?.hasSuffix("/doc/000_601da1ee61e512bc#char=1,17") == true })
        let target = try #require(university["oa:hasTarget"] as? [String: Any])
        #expect((target["oa:hasSource"] as? [String: Any])?["@id"] as? String == "https://example.org/khaosan/doc/000_601da1ee61e512bc")
        let selectors = try #require(target["oa:hasSelector"] as? [[String: Any]])
        let position = try #require(selectors.first { $0["@type"] as? String == "oa:TextPositionSelector" })
        #expect((position["oa:start"] as? [String: Any])?["@value"] as? Int == 1)
        #expect((position["oa:end"] as? [String: Any])?["@value"] as? Int == 17)
        let quote = try #require(selectors.first { $0["@type"] as? String == "oa:TextQuoteSelector" })
        #expect(quote["oa:exact"] as? String == "มหาวิทยาลัยพะเยา")
    }

    @Test func languageMapsSameAsAndTypedDates() throws {
        let graph = try SeedsGraphTests.seedGraph()
        let unesco = try #require(graph.entities.first { $0.names["th"] == "องค์การยูเนสโก" })
        #expect(unesco.names["en"] == "UNESCO")
        #expect(unesco.names["th-Latn"]?.unicodeScalars.allSatisfy { $0.isASCII } == true)
        #expect(unesco.properties["sameAs"] == [.reference("http://www.wikidata.org/entity/Q7809")])
        let forum = try #require(graph.entities.first { $0.label == .event })
        #expect(forum.properties["startDate"] == [.typed("2023-11-16", datatype: "xsd:date")])
        let interval = try #require(graph.entities.first { $0.properties["khaosan:value"] == [.text("2023-11-16/2023-11-18")] })
        #expect(interval.types == ["time:Interval"])
        let start = try #require(graph.node(interval.properties["time:hasBeginning"]?.first?.string ?? ""))
        #expect(start.properties["time:inXSDDate"] == [.typed("2023-11-16", datatype: "xsd:date")])
        #expect(graph.node("https://example.org/khaosan/graph")?.properties["version"] == [.text(Khaosan.version)])
    }

    @Test func theBaseIsConfigurable() throws {
        let graph = KnowledgeGraph.build(from: try GoldExtractions.load(), base: "http://news.example/kg")
        #expect(graph.nodes.allSatisfy { $0.id.hasPrefix("http://news.example/kg/") })
        #expect(graph.annotations.allSatisfy { $0.id.hasPrefix("http://news.example/kg/doc/") })
    }

    @Test func theReaderReadsBackExactlyWhatWasWritten() throws {
        let graph = try SeedsGraphTests.seedGraph()
        let again = try GraphReader.read(data: JSONLDWriter().data(for: graph))
        #expect(again == graph)
    }

    @Test func writingIsAtomicAndCreatesTheDirectory() throws {
        let directory = CommandLineRunner.temporaryPath("out")
        let path = directory + "/nested/graph.jsonld"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try JSONLDWriter().write(try SeedsGraphTests.seedGraph(), to: path)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory + "/nested")
        #expect(leftovers == ["graph.jsonld"])
    }
}

extension JSONLDWriterTests {
    @Test func streamedBytesEqualTheWholeDocumentWritten() throws {
        let graph = try SeedsGraphTests.seedGraph()
        for pretty in [true, false] {
            let writer = JSONLDWriter(pretty: pretty)
            let whole = JSONWriter(pretty: pretty, prettyDepth: 2).bytes(writer.document(for: graph))
            #expect(writer.data(for: graph) == Data(whole))
        }
    }
}
