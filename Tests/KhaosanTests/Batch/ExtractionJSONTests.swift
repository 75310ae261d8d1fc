import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanBatch

@Suite struct ExtractionJSONTests {
    private let extraction = DocumentExtraction(
        id: "d/1", metadata: DocumentMetadata(title: "ข่าว", datePublished: "2022-09-02", source: "a.jsonl:1",
                                              extra: ["tags": "[\"x\"]"]),
        contentHash: "abc", sourceLength: 12,
        mentions: [Mention(range: ScalarRange(0, 5), label: .place, text: "พะเยา", confidence: 0.9, source: "gazetteer")])

    @Test func aLineIsCompactWithSortedKeysAndUnescapedSlashes() throws {
        let line = String(decoding: try ExtractionJSON.line(extraction), as: UTF8.self)
        #expect(line == #"{"contentHash":"abc","id":"d/1","mentions":[{"attributes":{},"confidence":0.9,"label":"PLACE","range":{"end":5,"start":0},"source":"gazetteer","text":"พะเยา"}],"metadata":{"datePublished":"2022-09-02","extra":{"tags":"[\"x\"]"},"source":"a.jsonl:1","title":"ข่าว"},"relations":[],"sourceLength":12}"#)
        #expect(!line.contains("\n"))
    }

    @Test func aLineRoundTripsToTheSameBytes() throws {
        let line = try ExtractionJSON.line(extraction)
        guard case .extraction(let parsed) = try ExtractionJSON.parse(line) else { Issue.record("not an extraction"); return }
        #expect(parsed == extraction)
        #expect(try ExtractionJSON.line(parsed) == line)
    }

    @Test func anErrorLineNamesTheLocationAndReason() throws {
        let error = InputError(location: "archive.jsonl:12", reason: "malformed JSON: unexpected end")
        let line = ExtractionJSON.errorLine(error)
        #expect(String(decoding: line, as: UTF8.self)
            == #"{"error":"malformed JSON: unexpected end","location":"archive.jsonl:12"}"#)
        guard case .rejected(let parsed) = try ExtractionJSON.parse(line) else { Issue.record("not an error"); return }
        #expect(parsed == error)
    }

    @Test func aLineOfNeitherFormIsAnError() {
        #expect(throws: ExtractionLineError.self) { try ExtractionJSON.parse(Data("{\"id\":3}".utf8)) }
        #expect(throws: ExtractionLineError.self) { try ExtractionJSON.parse(Data("not json".utf8)) }
    }
}
