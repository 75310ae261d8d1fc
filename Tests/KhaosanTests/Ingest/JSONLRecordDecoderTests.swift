import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO

@Suite struct JSONLRecordDecoderTests {
    private let decoder = JSONLRecordDecoder(fileName: "archive.jsonl", inputLocation: "in/archive.jsonl")

    private func decode(_ line: String, lineNumber: Int = 7) -> Result<RawDocument, RejectionReason> {
        Array(line.utf8).withUnsafeBufferPointer { decoder.decode($0, lineNumber: lineNumber) }
    }

    private func document(_ line: String) throws -> RawDocument {
        try decode(line).get()
    }

    private func reason(_ line: String) -> String? {
        if case .failure(let reason) = decode(line) { return reason.text }
        return nil
    }

    @Test func knownFieldsGoToMetadata() throws {
        let raw = try document(#"{"id":"n1","title":"หัวข้อ","date":"2023-11-16","url":"https://x.th/1","source":"corpus/a.txt","text":"ข่าว"}"#)
        #expect(raw.id == "n1")
        #expect(raw.source == "ข่าว")
        #expect(raw.metadata == DocumentMetadata(title: "หัวข้อ", url: "https://x.th/1", datePublished: "2023-11-16", source: "corpus/a.txt"))
    }

    @Test func missingOrEmptyIdBecomesFileAndLine() throws {
        #expect(try document(#"{"text":"ก"}"#).id == "archive.jsonl:7")
        #expect(try document(#"{"id":"","text":"ก"}"#).id == "archive.jsonl:7")
        #expect(try document(#"{"id":null,"text":"ก"}"#).id == "archive.jsonl:7")
        #expect(try document(#"{"id":1.50,"text":"ก"}"#).id == "1.50")
    }

    @Test func sourceDefaultsToTheInputLocation() throws {
        #expect(try document(#"{"text":"ก"}"#).metadata.source == "in/archive.jsonl:7")
    }

    @Test func unknownFieldsAndOddlyTypedKnownFieldsAreKeptVerbatim() throws {
        let raw = try document(#"{"text":"ก","title":["a"],"author":"นาย ก","views":12,"date":"16/11/2566","tags":{"a":[1,"\u0e01"]}}"#)
        #expect(raw.metadata.title == nil)
        #expect(raw.metadata.datePublished == nil)
        #expect(raw.metadata.extra == [
            "title": #"["a"]"#, "author": #""นาย ก""#, "views": "12", "date": #""16/11/2566""#, "tags": #"{"a":[1,"\u0e01"]}"#,
        ])
    }

    @Test func lastDuplicateKeyWins() throws {
        #expect(try document(#"{"text":"first","text":"second"}"#).source == "second")
    }

    @Test func isoDates() {
        #expect(JSONLRecordDecoder.isoDate("2016-07-19") == "2016-07-19")
        #expect(JSONLRecordDecoder.isoDate("2016-07-19T10:00:00Z") == "2016-07-19")
        #expect(JSONLRecordDecoder.isoDate("2016-07-19 10:00") == "2016-07-19")
        #expect(JSONLRecordDecoder.isoDate("2016-13-19") == nil)
        #expect(JSONLRecordDecoder.isoDate("2016-07-1") == nil)
        #expect(JSONLRecordDecoder.isoDate("19 ก.ค. 2559") == nil)
        #expect(JSONLRecordDecoder.isoDate("2016-07-19x") == nil)
    }

    @Test func aBuddhistEraDateIsConvertedAndTheFieldKept() throws {
        // The dateline "วันอังคารที่ 19 กรกฎาคม 2559" written as metadata in BE.
        let raw = try document(#"{"id":"a","date":"2559-07-19","text":"ข่าว"}"#)
        #expect(raw.metadata.datePublished == "2016-07-19")
        #expect(raw.metadata.extra["date"] == #""2559-07-19""#)
        let timestamp = try document(#"{"id":"b","date":"2567-02-29T08:00:00+07:00","text":"ข่าว"}"#)
        #expect(timestamp.metadata.datePublished == "2024-02-29")
        let christian = try document(#"{"id":"c","date":"2016-07-19","text":"ข่าว"}"#)
        #expect(christian.metadata.datePublished == "2016-07-19")
        #expect(christian.metadata.extra["date"] == nil)
    }

    @Test func christianEraConversion() {
        #expect(JSONLRecordDecoder.christianEra("2559-07-19") == "2016-07-19")
        #expect(JSONLRecordDecoder.christianEra("2400-01-01") == "1857-01-01")
        #expect(JSONLRecordDecoder.christianEra("2399-01-01") == "2399-01-01")   // not clearly BE: kept
        #expect(JSONLRecordDecoder.christianEra("2566-02-29") == "2566-02-29")   // no such day in 2023: kept
    }

    @Test func textProblems() {
        #expect(reason(#"{"id":"a"}"#) == "no \"text\" field")
        #expect(reason(#"{"text":""}"#) == "empty \"text\"")
        #expect(reason(#"{"text":"\n\t "}"#) == "\"text\" is only whitespace")
        #expect(reason(#"{"text":null}"#) == "\"text\" is null, not a string")
        #expect(reason(#"{"text":["a"]}"#) == "\"text\" is an array, not a string")
        #expect(reason(#"{"text":{}}"#) == "\"text\" is an object, not a string")
        #expect(reason(#"{"text":true}"#) == "\"text\" is a boolean, not a string")
    }

    @Test func syntaxAndEncodingProblems() {
        #expect(reason(#"{"text":"a""#) == "malformed JSON: unterminated object (the line ends before '}') (byte 12 of the line)")
        #expect(reason(#"{"text":"\ud800"}"#) == "malformed JSON: lone high surrogate \\uD800 (no low surrogate follows) (byte 10 of the line)")
        let latin1: [UInt8] = Array(#"{"text":"caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)
        let result = latin1.withUnsafeBufferPointer { decoder.decode($0, lineNumber: 1) }
        #expect(result.failureReason == "malformed JSON: invalid UTF-8 (byte 13 of the line)")
    }
}

extension Result where Failure == RejectionReason {
    var failureReason: String? {
        if case .failure(let reason) = self { return reason.text }
        return nil
    }
}
