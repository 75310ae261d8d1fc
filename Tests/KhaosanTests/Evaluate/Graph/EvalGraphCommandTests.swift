import Foundation
import Testing
@testable import Khaosan

/// End-to-end: the real `khaosan eval-graph` on `GraphGoldFixture`.
@Suite(.serialized) struct EvalGraphCommandTests {
    @Test func scoresTheFixtureAsJSONAndText() throws {
        let folder = CommandLineRunner.temporaryPath("eval-graph")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try GraphGoldFixture.write(to: folder)
        let arguments = ["eval-graph", folder + "/docs.jsonl", "--graph", folder + "/graph.jsonld", "--gold", folder]
        let json = try CommandLineRunner.run(arguments + ["--format", "json", "--errors", "3"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["documents", "labels", "misses", "mixes", "splits"])   // no relations without --extraction
        let labels = try #require(object["labels"] as? [[String: Any]])
        let all = try #require(labels.last)
        #expect(all["label"] as? String == "all")
        #expect(all["coverage"] as? Double == 0.7778)   // 7 of 9, rounded to 4 decimals
        #expect((all["bcubed"] as? [String: Any])?["recall"] as? Double == 0.8095)   // 17/21
        let text = try CommandLineRunner.run(arguments + ["--errors", "1"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("== worst splits"))
        #expect(text.stdout.contains("E4"))
    }

    @Test func badInputExitsTwo() throws {
        let folder = CommandLineRunner.temporaryPath("eval-graph-bad")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try GraphGoldFixture.write(to: folder)
        let docs = folder + "/docs.jsonl", graph = folder + "/graph.jsonld"
        let noGold = try CommandLineRunner.run(["eval-graph", docs, "--graph", graph, "--gold", folder + "/missing"])
        #expect(noGold.status == 2)
        #expect(noGold.stderr.contains("entities.jsonl"))
        let noGraph = try CommandLineRunner.run(["eval-graph", docs, "--graph", folder + "/none.jsonld", "--gold", folder])
        #expect(noGraph.status == 2)
        #expect(noGraph.stderr.contains("none.jsonld: no such file or directory"))
        let directory = try CommandLineRunner.run(["eval-graph", docs, "--graph", folder, "--gold", folder])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("is a directory, not a graph file"))
        let notGraph = try CommandLineRunner.run(["eval-graph", docs, "--graph", docs, "--gold", folder])
        #expect(notGraph.status == 2)
        #expect(notGraph.stderr.contains("no @graph"))
        #expect(try CommandLineRunner.run(["eval-graph", "--graph", graph, "--gold", folder]).status == 2)   // no documents
        try "{\"id\": \"E1\"}\n".write(toFile: folder + "/entities.jsonl", atomically: true, encoding: .utf8)
        let badLine = try CommandLineRunner.run(["eval-graph", docs, "--graph", graph, "--gold", folder])
        #expect(badLine.status == 2)
        #expect(badLine.stderr.contains("entities.jsonl:1"))
    }
}
