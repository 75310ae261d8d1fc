import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

/// End-to-end: the real `khaosan export` on a gzip graph from stdin and from a file, and its errors.
@Suite(.serialized) struct ExportCommandTests {
    @Test func exportReadsAGzipGraphAndWritesNQuadsToStdout() throws {
        let graph = try ExportFixture.graph()
        let folder = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try JSONLDWriter().write(graph, to: folder + "/g.jsonld")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", folder + "/g.jsonld"]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
        let plain = try CommandLineRunner.run(["export", folder + "/g.jsonld", "--to", "nquads", "-o", "-"])
        let packed = try CommandLineRunner.run(["export", folder + "/g.jsonld.gz", "--to", "nquads", "-o", "-"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(packed.status == 0, "\(packed.stderr)")
        #expect(!plain.stdout.isEmpty && plain.stdout == packed.stdout)
        #expect(plain.stderr.contains("triples"))
        let tables = try CommandLineRunner.run(["export", folder + "/g.jsonld.gz", "--to", "csv", "-o", folder + "/t"])
        #expect(tables.status == 0, "\(tables.stderr)")
        for name in ["entities", "mentions", "relations", "articles", "roles"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/t/\(name).csv"))
        }
    }

    @Test func aBrokenGraphFailsWithItsNameAndLineAndWritesNothing() throws {
        let folder = ExportFixture.directory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = JSONLDWriter().data(for: try ExportFixture.graph())
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        lines[20] = "    {\"@id\": oops},"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: folder + "/bad.jsonld"))
        let result = try CommandLineRunner.run(["export", folder + "/bad.jsonld", "--to", "turtle", "-o", folder + "/bad.ttl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.jsonld:21:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/bad.ttl"))
        let usage = try CommandLineRunner.run(["export", folder + "/bad.jsonld", "--to", "csv", "-o", "-"])
        #expect(usage.status != 0 && usage.stderr.contains("directory"))
    }
}
