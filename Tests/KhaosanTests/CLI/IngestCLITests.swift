import Foundation
import Testing

/// The real binary: rejections on stderr with file:line and reason, counts, exit
/// status, and stdin.
@Suite struct IngestCLITests {
    @Test func buildReportsEveryRejectionAndTheCounts() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-ingest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CommandLineRunner.run(["build", "--no-cache", "-o", output.appendingPathComponent("graph.jsonld").path,
                                                "fixtures/ingest/malformed.jsonl", "fixtures/ingest/empty.txt",
                                                "fixtures/ingest/tis620-article.txt"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("rejected ") } == [
            "rejected fixtures/ingest/malformed.jsonl:2: malformed JSON: unterminated string (byte 29 of the line)",
            "rejected fixtures/ingest/malformed.jsonl:4: malformed JSON: trailing comma before '}' (byte 38 of the line)",
            "rejected fixtures/ingest/malformed.jsonl:5: malformed JSON: invalid escape: backslash followed by 'x' (byte 31 of the line)",
            "rejected fixtures/ingest/malformed.jsonl:6: malformed JSON: lone high surrogate \\uD83D (no low surrogate follows) (byte 35 of the line)",
            "rejected fixtures/ingest/malformed.jsonl:7: malformed JSON: expected a JSON object starting with '{' (byte 1 of the line)",
            "rejected fixtures/ingest/malformed.jsonl:9: malformed JSON: unexpected text after the JSON object (byte 36 of the line)",
            "rejected fixtures/ingest/empty.txt: empty file",
        ])
        // 4 good lines + the TIS-620 article read; 6 + 1 rejected.
        #expect(lines.contains { $0.hasPrefix("documents: 12 (5 read, 7 rejected)") })
    }

    @Test func nothingReadableExitsWithFailure() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-ingest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CommandLineRunner.run(["build", "--no-cache", "-o", output.appendingPathComponent("graph.jsonld").path,
                                                "fixtures/ingest/empty.txt", "fixtures/ingest/binary.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("documents: 2 (0 read, 2 rejected)"))
    }

    @Test func segmentReadsStandardInput() throws {
        let result = try CommandLineRunner.run(["segment", "-"], stdin: Data("มหาวิทยาลัยพะเยา".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("มหาวิทยาลัย|พะเยา"))
    }

    @Test func segmentReadsLegacyThaiFromStandardInput() throws {
        let tis620: [UInt8] = "มหาวิทยาลัยพะเยา".unicodeScalars.map { UInt8($0.value - 0x0E00 + 0xA0) }
        let result = try CommandLineRunner.run(["segment"], stdin: Data(tis620))
        #expect(result.stdout.contains("มหาวิทยาลัย|พะเยา"))
    }

    @Test func ingestPrintsJSONLinesFromStandardInput() throws {
        let input = "{\"id\": \"a\", \"text\": \"ข่าว\", \"lang\": \"th\"}\nnot json\n"
        let result = try CommandLineRunner.run(["ingest", "--print", "-"], stdin: Data(input.utf8))
        #expect(result.stdout == #"{"id":"a","metadata":{"extra":{"lang":"\"th\""},"source":"<stdin>:1"},"text":"ข่าว"}"# + "\n")
        #expect(result.stderr.contains("rejected <stdin>:2: malformed JSON: expected a JSON object starting with '{' (byte 1 of the line)"))
        #expect(result.stderr.contains("documents: 2 (1 read, 1 rejected)"))
    }
}
