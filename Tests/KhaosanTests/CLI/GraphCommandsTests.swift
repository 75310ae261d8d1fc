import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

/// End-to-end: the real `khaosan` binary builds graphs and diffs them.
@Suite(.serialized) struct GraphCommandsTests {
    @Test func buildIsByteIdenticalTwiceAndWhateverTheInputOrder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.path("corpus"))
            .filter { [".txt", ".jsonl", ".jsonl.gz"].contains(where: $0.hasSuffix) }.sorted().map { "corpus/" + $0 }
        #expect(files.count >= 2)
        // A folder of their own: `build` also writes errors.jsonl beside each graph.
        let folder = CommandLineRunner.temporaryPath("graphs")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let a = folder + "/a.jsonld", b = folder + "/b.jsonld", c = folder + "/c.jsonld"
        let bundled = try CommandLineRunner.run(["build", "-o", a])
        #expect(bundled.status == 0, "\(bundled.stderr)")
        #expect(bundled.stderr.contains("documents: "))
        #expect(bundled.stderr.contains("most mentioned:"))
        #expect(try CommandLineRunner.run(["build", "-o", a] + files).status == 0)
        #expect(try CommandLineRunner.run(["build", "-o", b] + files).status == 0)
        #expect(try CommandLineRunner.run(["build", "-o", c] + files.reversed()).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: b))))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: c))))
    }

    @Test func diffExitsZeroWhenEqualOneWhenDifferentTwoOnError() throws {
        let old = CommandLineRunner.temporaryPath("old.jsonld"), new = CommandLineRunner.temporaryPath("new.jsonld")
        let broken = CommandLineRunner.temporaryPath("broken.jsonld")
        defer { for p in [old, new, broken] { try? FileManager.default.removeItem(atPath: p) } }
        let gold = try GoldExtractions.load()
        try JSONLDWriter().write(KnowledgeGraph.build(from: gold), to: old)
        try JSONLDWriter().write(KnowledgeGraph.build(from: gold, known: GoldExtractions.seedLexicon), to: new)
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: broken))

        let same = try CommandLineRunner.run(["diff", old, old])
        #expect(same.status == 0)
        #expect(same.stdout == "graph diff: no differences\n")
        let different = try CommandLineRunner.run(["diff", "--format", "markdown", old, new])
        #expect(different.status == 1)
        #expect(different.stdout.hasPrefix("### khaosan graph diff"))
        #expect(different.stdout.contains("#### Re-identified (1)"))
        let json = try CommandLineRunner.run(["diff", "--format", "json", old, new])
        #expect(json.status == 1)
        #expect((try? JSONDecoder().decode(GraphDiffReport.self, from: Data(json.stdout.utf8))) != nil)
        let html = try CommandLineRunner.run(["diff", "--format", "html", old, new])
        #expect(html.status == 1 && html.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"th\">"))
        let stat = try CommandLineRunner.run(["diff", "--stat", "--max-bytes", "300", old, new])
        #expect(stat.status == 1 && stat.stdout.hasPrefix("graph diff: ") && stat.stdout.utf8.count <= 300 + 600)
        let error = try CommandLineRunner.run(["diff", old, broken])
        #expect(error.status == 2)
        #expect(error.stderr.contains(broken))
        #expect(try CommandLineRunner.run(["diff", old, "/nonexistent/graph.jsonld"]).status == 2)
    }
}
