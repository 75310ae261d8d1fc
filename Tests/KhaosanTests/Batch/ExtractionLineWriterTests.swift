import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanBatch

@Suite struct ExtractionLineWriterTests {
    /// Every control character, quotes, backslashes, slashes, line separators, non-BMP.
    private static let awkward: String = {
        var text = ""
        for value in 0..<0x21 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        return text + "\u{7F}\u{2028}\u{2029}/\\\"é😀ไทย\u{0E4D}\u{0E32}"
    }()

    private func encoderBytes(_ extraction: DocumentExtraction) throws -> Data {
        try ExtractionJSON.encoder().encode(extraction)
    }

    @Test func writesTheBytesJSONEncoderWritesForAwkwardText() throws {
        let parts = PersonNameParts(titles: ["นาย", Self.awkward], given: "ก", family: nil, role: "a/b")
        let extraction = DocumentExtraction(
            id: Self.awkward, metadata: DocumentMetadata(title: Self.awkward, url: "https://x/y", datePublished: nil,
                                                          source: nil, extra: ["b": "1", "a10": "2", "a9": "3", "B": "4", "_": "5", "é": "6", "รอ": "7", "": "8"]),
            contentHash: "h", sourceLength: 0,
            mentions: [
                Mention(range: ScalarRange(0, 5), label: .person, text: Self.awkward, value: "v", qualifier: "q",
                        person: parts, confidence: 0.30000000000000004, source: "s",
                        attributes: [MentionAttribute.location: "พะเยา", MentionAttribute.acronym: "\"x\"", MentionAttribute.schemaType: "",
                                     MentionAttribute.english: "", MentionAttribute.containedIn: "", MentionAttribute.roleText: ""]),
                Mention(range: ScalarRange(3, 3), label: .date, text: "", confidence: 1, source: ""),
                Mention(range: ScalarRange(7, 9), label: .organization, text: "x", person: PersonNameParts(),
                        confidence: 1e-5, source: "t"),
                Mention(range: ScalarRange(1, 2), label: .place, text: "y", confidence: 1e20, source: "u"),
                Mention(range: ScalarRange(1, 2), label: .event, text: "z", confidence: -0.0, source: "u"),
            ])
        #expect(try ExtractionJSON.line(extraction) == encoderBytes(extraction))
    }

    @Test func writesTheBytesJSONEncoderWritesForEmptyAndMinimalExtractions() throws {
        let empty = DocumentExtraction(id: "", metadata: DocumentMetadata(), contentHash: "", sourceLength: 0, mentions: [])
        #expect(try ExtractionJSON.line(empty) == encoderBytes(empty))
        let full = DocumentExtraction(id: "d", metadata: DocumentMetadata(title: "t", url: "u", datePublished: "2020-01-01",
                                                                          source: "s", extra: [:]),
                                      contentHash: "c", sourceLength: 123_456_789, mentions: [])
        #expect(try ExtractionJSON.line(full) == encoderBytes(full))
    }

    @Test func writesTheBytesJSONEncoderWritesForRelations() throws {
        var extraction = DocumentExtraction(id: "d", metadata: DocumentMetadata(), contentHash: "c", sourceLength: 9, mentions: [])
        extraction.relations = [
            RelationFact(subject: ScalarRange(0, 3), predicate: .worksFor, object: ScalarRange(4, 9), source: "relation.a"),
            RelationFact(subject: ScalarRange(0, 3), predicate: .jobTitle, literal: Self.awkward, source: "r/\\b"),
            RelationFact(subject: ScalarRange(1, 2), predicate: .startDate, object: ScalarRange(2, 2), literal: "2023-11-16",
                         source: ""),
        ]
        #expect(try ExtractionJSON.line(extraction) == encoderBytes(extraction))
    }

    @Test func refusesANonFiniteConfidenceLikeJSONEncoder() {
        let extraction = DocumentExtraction(id: "d", metadata: DocumentMetadata(), contentHash: "c", sourceLength: 1,
                                            mentions: [Mention(range: ScalarRange(0, 1), label: .place, text: "x",
                                                               confidence: .nan, source: "s")])
        #expect(throws: (any Error).self) { try ExtractionJSON.line(extraction) }
        #expect(throws: (any Error).self) { try encoderBytes(extraction) }
    }
}
