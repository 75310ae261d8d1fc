import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

/// `khaosan diff` prints these reasons: each must say what is wrong with which file.
@Suite struct GraphReaderTests {
    static func reason(_ body: () throws -> KnowledgeGraph) -> String? {
        do { _ = try body(); return nil } catch let error as GraphReader.ReadError { return error.reason } catch { return "\(error)" }
    }

    @Test func aGraphFileThatIsNotJSONSaysWhereInsteadOfFoundationsGenericSentence() throws {
        let reason = try #require(Self.reason { try GraphReader.read(data: Data("{\"@graph\": [".utf8), origin: "g.jsonld") })
        #expect(reason.hasPrefix("not JSON"))
        #expect(reason.hasSuffix("so not a JSON-LD graph"))
        #expect(!reason.contains("The data is not in the correct format"))
    }

    @Test func anEmptyGraphFileIsReportedAsEmpty() {
        #expect(Self.reason { try GraphReader.read(data: Data(), origin: "g.jsonld") } == "empty file, not a JSON-LD graph")
    }

    @Test func aNodeWithoutAnIdIsReportedByItsPosition() {
        let data = Data(#"{"@graph": [{"@id": "https://example.org/a", "@type": "Person"}, {"@type": "Person"}]}"#.utf8)
        #expect(Self.reason { try GraphReader.read(data: data) } == "node 1 of @graph has no @id")
    }

    @Test func aMissingPathAndADirectoryAreToldApart() {
        #expect(Self.reason { try GraphReader.read(path: "/nonexistent/graph.jsonld") } == "no such file or directory")
        #expect(Self.reason { try GraphReader.read(path: FileManager.default.temporaryDirectory.path) }
                == "is a directory, not a graph file")
    }
}
