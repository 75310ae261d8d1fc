import Foundation
import Testing

/// `build` run again after articles were added: it copies the unchanged articles from the graph
/// it replaces (`<graph>.blocks`) or from `--previous-graph`, and writes the bytes of a clean build.
@Suite struct IncrementalBuildTests {
    static func folder(articles: Int, added: Int) throws -> URL {
        let folder = URL(fileURLWithPath: CommandLineRunner.temporaryPath("incremental"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = try String(contentsOfFile: Repository.path("corpus/thaigov-sample.jsonl"), encoding: .utf8)
            .split(separator: "\n").prefix(articles + added).map { $0 + "\n" }
        try Data(lines.prefix(articles).joined().utf8).write(to: folder.appendingPathComponent("old.jsonl"))
        try Data(lines.suffix(added).joined().utf8).write(to: folder.appendingPathComponent("new.jsonl"))
        return folder
    }

    @Test func addedArticlesRegenerateTheBytesOfACleanBuild() throws {
        let folder = try Self.folder(articles: 12, added: 3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CommandLineRunner.run(["build", "old.jsonl", "-o", "g.jsonld", "--no-cache", "--quiet"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stderr.contains("copied unchanged"))
        let again = try CommandLineRunner.run(["build", "old.jsonl", "new.jsonl", "-o", "g.jsonld", "--no-cache", "--quiet"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        let clean = try CommandLineRunner.run(["build", "old.jsonl", "new.jsonl", "-o", "clean.jsonld", "--no-cache", "--quiet"], in: folder)
        #expect(clean.status == 0, "\(clean.stderr)")
        let graph = try Data(contentsOf: folder.appendingPathComponent("g.jsonld"))
        #expect(graph == (try Data(contentsOf: folder.appendingPathComponent("clean.jsonld"))))
        // Most of the 12 articles were copied, the 3 new ones written.
        let line = try #require(again.stderr.split(separator: "\n").first { $0.hasPrefix("articles: ") })
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        #expect(line.contains("copied unchanged from g.jsonld"))
        #expect(numbers.count == 2 && numbers[0] >= 6 && numbers[1] >= 3, "\(line)")
        // From another file with --previous-graph: the same bytes again.
        let other = try CommandLineRunner.run(["build", "old.jsonl", "new.jsonl", "-o", "other.jsonld", "--previous-graph", "g.jsonld",
                                               "--no-cache", "--quiet"], in: folder)
        #expect(other.status == 0, "\(other.stderr)")
        #expect(other.stderr.contains("copied unchanged from g.jsonld"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("other.jsonld")) == graph)
        // A previous graph without its index: said, and the bytes are still those of a clean build.
        try FileManager.default.copyItem(at: folder.appendingPathComponent("g.jsonld"), to: folder.appendingPathComponent("copy.jsonld"))
        let unindexed = try CommandLineRunner.run(["build", "old.jsonl", "new.jsonl", "-o", "third.jsonld", "--previous-graph", "copy.jsonld",
                                                   "--no-cache", "--quiet"], in: folder)
        #expect(unindexed.status == 0, "\(unindexed.stderr)")
        #expect(unindexed.stderr.contains("--previous-graph copy.jsonld: no block index describing it"), "\(unindexed.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("third.jsonld")) == graph)
    }
}
