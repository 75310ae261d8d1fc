import Testing
@testable import Khaosan
@testable import KhaosanIO

/// Every bad-input fixture: a clear rejection naming the file (and line), the
/// run goes on, and every document is counted as read or rejected.
@Suite struct BadInputFixtureTests {
    private func rejection(_ name: String) throws -> InputError {
        let outcome = try IngestFixtures.read(name)
        #expect(outcome.documents.isEmpty)
        #expect(outcome.rejections.count == 1)
        return try #require(outcome.rejections.first)
    }

    @Test func emptyFiles() throws {
        #expect(try rejection("empty.txt") == InputError(location: IngestFixtures.path("empty.txt"), reason: "empty file"))
        #expect(try rejection("empty.jsonl") == InputError(location: IngestFixtures.path("empty.jsonl"), reason: "empty file"))
        #expect(try rejection("whitespace-only.txt").reason == "no text (only whitespace)")
    }

    @Test func binaryFile() throws {
        let error = try rejection("binary.txt")
        #expect(error.location == IngestFixtures.path("binary.txt"))
        #expect(error.reason == "binary file: NUL byte at offset 8")
    }

    @Test func utf16WithoutByteOrderMarkIsRejectedWithAHint() throws {
        let error = try rejection("utf16le-no-bom.txt")
        #expect(error.reason.hasPrefix("binary file: NUL byte at offset"))
        #expect(error.reason.contains("looks like UTF-16 without a byte-order mark"))
    }

    @Test func invalidUTF8ThatIsNotTIS620() throws {
        let error = try rejection("invalid-utf8.txt")
        #expect(error.reason.hasPrefix("not valid UTF-8 (byte 0xE0 at offset 106) and not plausible TIS-620/windows-874 Thai ("))
        #expect(error.reason.contains("is not a windows-874 character"))
        let latin1 = try rejection("latin1.txt")
        #expect(latin1.reason == "not valid UTF-8 (byte 0xE9 at offset 3) and not plausible TIS-620/windows-874 Thai (5 of 5 Thai vowel or tone marks do not follow a consonant)")
    }

    @Test func truncatedGzipTextDocument() throws {
        let error = try rejection("truncated-article.txt.gz")
        #expect(error.reason.hasPrefix("truncated gzip (unexpected end of file) after "))
        #expect(error.reason.hasSuffix("bytes; the document is incomplete"))
    }

    @Test func notGzip() throws {
        #expect(try rejection("not-gzip.jsonl.gz").reason == "not a gzip file (no gzip header)")
    }

    @Test func truncatedGzipJSONLinesKeepsTheCompleteLines() throws {
        let outcome = try IngestFixtures.read("truncated.jsonl.gz")
        #expect(outcome.ids == ["thaigov-3", "thaigov-27875"])
        let error = try #require(outcome.rejections.first)
        #expect(outcome.rejections.count == 1)
        #expect(error.location == IngestFixtures.path("truncated.jsonl.gz") + ":3")
        #expect(error.reason.hasPrefix("truncated gzip (unexpected end of file) after "))
        #expect(error.reason.contains("line 3 is incomplete ("))
    }

    @Test func malformedLinesBetweenGoodOnes() throws {
        let outcome = try IngestFixtures.read("malformed.jsonl")
        #expect(outcome.ids == ["good-1", "good-3", "good-8", "good-10"])
        let file = IngestFixtures.path("malformed.jsonl")
        #expect(outcome.rejections.map(\.location) == [2, 4, 5, 6, 7, 9].map { "\(file):\($0)" })
        #expect(outcome.rejections.map(\.reason) == [
            "malformed JSON: unterminated string (byte 29 of the line)",
            "malformed JSON: trailing comma before '}' (byte 38 of the line)",
            "malformed JSON: invalid escape: backslash followed by 'x' (byte 31 of the line)",
            "malformed JSON: lone high surrogate \\uD83D (no low surrogate follows) (byte 35 of the line)",
            "malformed JSON: expected a JSON object starting with '{' (byte 1 of the line)",
            "malformed JSON: unexpected text after the JSON object (byte 36 of the line)",
        ])
    }

    @Test func linesWithoutText() throws {
        let outcome = try IngestFixtures.read("missing-text.jsonl")
        #expect(outcome.ids == ["good-1", "good-6"])
        #expect(outcome.rejections.map(\.reason) == [
            "no \"text\" field", "empty \"text\"", "\"text\" is a number, not a string", "\"text\" is only whitespace",
        ])
        #expect(outcome.rejections.map(\.location).map { $0.split(separator: ":").last } == ["2", "3", "4", "5"])
    }

    @Test func invalidUTF8InsideAJSONLine() throws {
        let outcome = try IngestFixtures.read("invalid-utf8.jsonl")
        #expect(outcome.ids == ["good-1", "good-3"])
        #expect(outcome.rejections == [InputError(location: IngestFixtures.path("invalid-utf8.jsonl") + ":2",
                                                   reason: "malformed JSON: invalid UTF-8 (byte 30 of the line)")])
    }

    @Test func allFixturesInOneRunCountEveryDocument() throws {
        let names = ["articles.jsonl", "empty.txt", "binary.txt", "malformed.jsonl", "truncated.jsonl.gz",
                     "missing-text.jsonl", "tis620-article.txt", "invalid-utf8.txt", "not-gzip.jsonl.gz", "utf16be-bom.txt"]
        let outcome = try IngestFixtures.read(paths: names.map(IngestFixtures.path))
        // read: 3 + 4 + 2 + 2 + 1 + 1; rejected: 1 + 1 + 6 + 1 + 4 + 1 + 1.
        #expect(outcome.documents.count == 13)
        #expect(outcome.rejections.count == 15)
    }
}
