import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO
@testable import KhaosanBatch

@Suite struct ExtractOutputReaderTests {
    @Test func linesKeepTheirNumbersAcrossEmptyLinesCRLFAndAMissingFinalNewline() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let url = temporary.appendingPathComponent("p.jsonl")
        try Data("a\r\n\nพะเยา\nlast".utf8).write(to: url)
        var lines: [String] = []
        try ExtractOutputReader(path: url.path).forEach { line, number in
            lines.append("\(number):" + String(decoding: line, as: UTF8.self))
        }
        #expect(lines == ["1:a", "3:พะเยา", "4:last"])
    }

    @Test func aLongFileIsReadAcrossChunks() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let url = temporary.appendingPathComponent("long.jsonl")
        let line = String(repeating: "ข", count: 100_000)
        try Data((0..<30).map { _ in line }.joined(separator: "\n").utf8).write(to: url)
        var count = 0
        try ExtractOutputReader(path: url.path).forEach { data, _ in
            #expect(data.count == line.utf8.count)
            count += 1
        }
        #expect(count == 30)
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        #expect(throws: InputError(location: "/no/such/file", reason: "no such file or directory")) {
            try ExtractOutputReader(path: "/no/such/file").forEach { _, _ in }
        }
    }

    @Test func aDirectoryIsAnErrorNamingItNotAFoundationDump() {
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: InputError(location: directory, reason: "is a directory, not a `khaosan extract` output")) {
            try ExtractOutputReader(path: directory).forEach { _, _ in }
        }
    }

    @Test func aGzippedOutputIsReadLikeThePlainOne() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let plain = temporary.appendingPathComponent("p.jsonl")
        try Data("a\n\nพะเยา\nlast".utf8).write(to: plain)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c p.jsonl > p.jsonl.gz && cp p.jsonl.gz unnamed"]
        gzip.currentDirectoryURL = temporary
        try gzip.run()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
        for name in ["p.jsonl", "p.jsonl.gz", "unnamed"] {
            var lines: [String] = []
            let cut = try ExtractOutputReader(path: temporary.appendingPathComponent(name).path).forEach { line, number in
                lines.append("\(number):" + String(decoding: line, as: UTF8.self))
            }
            #expect(lines == ["1:a", "3:พะเยา", "4:last"], "\(name)")
            #expect(cut, "\(name): the last line has no newline")
        }
    }
}
