import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanBatch

@Suite struct ExtractionLineReaderTests {
    /// Every control character, quotes, backslashes, slashes, line separators, non-BMP, Thai.
    private static let awkward: String = {
        var text = ""
        for value in 0..<0x21 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        return text + "\u{7F}\u{2028}\u{2029}/\\\"é😀ไทย\u{0E4D}\u{0E32}"
    }()

    private static let sample: DocumentExtraction = {
        let parts = PersonNameParts(titles: ["นาย", awkward], given: "ก", family: nil, role: "a/b")
        var extraction = DocumentExtraction(
            id: awkward, metadata: DocumentMetadata(title: awkward, url: "https://x/y", datePublished: "2020-01-01",
                                                     source: nil, extra: ["b": "1", "é": "6", "": "8"]),
            contentHash: "h", sourceLength: 42,
            mentions: [
                Mention(range: ScalarRange(0, 5), label: .person, text: awkward, value: "v", qualifier: "q",
                        person: parts, confidence: 0.30000000000000004, source: "s",
                        attributes: [MentionAttribute.location: "พะเยา", MentionAttribute.acronym: "\"x\""]),
                Mention(range: ScalarRange(3, 3), label: .date, text: "", confidence: 1, source: ""),
                Mention(range: ScalarRange(7, 9), label: .organization, text: "x", person: PersonNameParts(),
                        confidence: 1e-5, source: "t"),
                Mention(range: ScalarRange(1, 2), label: .event, text: "z", confidence: 1e20, source: "u"),
            ])
        extraction.relations = [
            RelationFact(subject: ScalarRange(0, 3), predicate: .worksFor, object: ScalarRange(4, 9), source: "r"),
            RelationFact(subject: ScalarRange(0, 3), predicate: .jobTitle, literal: awkward, source: "r/\\b"),
        ]
        return extraction
    }()

    private func read(_ json: String) -> DocumentExtraction? {
        ExtractionLineReader.extraction(Data(json.utf8))
    }

    @Test func readsBackWhatTheLineWriterWrites() throws {
        let line = try ExtractionJSON.line(Self.sample)
        let read = try #require(ExtractionLineReader.extraction(line))
        #expect(read == Self.sample)
        #expect(read == (try JSONDecoder().decode(DocumentExtraction.self, from: line)))
        #expect(try ExtractionJSON.line(read) == line)
    }

    @Test func readsWhatJSONDecoderReadsForOtherSpellings() throws {
        let text = #"""
         { "sourceLength" : 3 , "id":"\u0e01\ud83d\ude00\/x", "contentHash":"c",
           "metadata":{"extra":{},"title":null},
           "mentions":[{"text":"a\tb","source":"s","range":{"start":0,"end":3},"label":"PLACE",
                        "confidence":2.5E-1,"attributes":{},"person":null,"value":null}] }
        """#
        let parsed = try #require(self.read(text))
        #expect(parsed == (try JSONDecoder().decode(DocumentExtraction.self, from: Data(text.utf8))))
        #expect(parsed.id == "ก😀/x")
        #expect(parsed.relations.isEmpty)
        #expect(parsed.mentions[0].confidence == 0.25)
    }

    @Test func leavesUnusualLinesToJSONDecoder() {
        let valid = #"{"contentHash":"c","id":"d","mentions":[],"metadata":{"extra":{}},"sourceLength":1}"#
        #expect(read(valid) != nil)
        #expect(read(valid.replacingOccurrences(of: #""id":"d""#, with: #""id":"d","other":1"#)) == nil)
        #expect(read(valid.replacingOccurrences(of: #""id":"d""#, with: #""id":"d","id":"e""#)) == nil)
        #expect(read(valid.replacingOccurrences(of: "\"sourceLength\":1", with: "\"sourceLength\":1.0")) == nil)
        #expect(read(valid.replacingOccurrences(of: "\"sourceLength\":1", with: "\"sourceLength\":01")) == nil)
        #expect(read(valid.replacingOccurrences(of: #""id":"d""#, with: #""id":"\ud800""#)) == nil)
        #expect(read(valid.replacingOccurrences(of: #","id":"d""#, with: "")) == nil)
        #expect(read(valid + "x") == nil)
        #expect(read(#"{"error":"bad","location":"x"}"#) == nil)
        var invalidUTF8 = Data(#"{"contentHash":"c","id":""#.utf8)
        invalidUTF8.append(contentsOf: [0xFF, 0x22, 0x7D])
        #expect(ExtractionLineReader.extraction(invalidUTF8) == nil)
    }

    @Test func refusesAnAttributeOrPredicateOutsideTheTypedSets() throws {
        let line = String(decoding: try ExtractionJSON.line(Self.sample), as: UTF8.self)
        for (known, unknown) in [(#""location":"พะเยา""#, #""place":"พะเยา""#),
                                 (#""predicate":"worksFor""#, #""predicate":"employer""#)] {
            #expect(line.contains(known))
            let changed = line.replacingOccurrences(of: known, with: unknown)
            #expect(read(changed) == nil)
            #expect(throws: (any Error).self) { try JSONDecoder().decode(DocumentExtraction.self, from: Data(changed.utf8)) }
        }
    }

    @Test func parseStillReadsErrorLinesAndRefusesOthers() throws {
        guard case .rejected(let error) = try ExtractionJSON.parse(Data(#"{"error":"bad","location":"x:1"}"#.utf8)) else {
            Issue.record("not read as an error line")
            return
        }
        #expect(error.location == "x:1")
        #expect(throws: (any Error).self) { try ExtractionJSON.parse(Data("[1]".utf8)) }
    }
}
