import Foundation
import Testing
@testable import Khaosan

/// IRIs stay stable as the archive grows: the graph of the first N articles and the graph of
/// N + M articles give every entity whose mentions all persist in one entity the same IRI.
@Suite(.serialized) struct IRIStabilityTests {
    /// Annotation id (`…/doc/<id>#char=s,e`) → entity IRI, read from a graph written by `build`.
    static func bodies(of graph: String) throws -> [String: String] {
        var bodies: [String: String] = [:]
        let text = try String(contentsOfFile: graph, encoding: .utf8)
        for line in text.split(separator: "\n") where line.contains("\"oa:Annotation\"") {
            var json = line.trimmingCharacters(in: .whitespaces)
            if json.hasSuffix(",") { json.removeLast() }
            guard let node = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
                  let id = node["@id"] as? String, let body = (node["oa:hasBody"] as? [String: Any])?["@id"] as? String
            else { continue }
            bodies[id] = body
        }
        return bodies
    }

    @Test func growingTheArchiveKeepsTheIRIOfEveryEntityWhoseMentionsPersist() throws {
        let lines = try String(contentsOfFile: Repository.path("corpus/thaigov-sample.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count >= 60)
        let folder = CommandLineRunner.temporaryPath("iri-stability")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let small = folder + "/first.jsonl", large = folder + "/all.jsonl"
        try (lines.prefix(lines.count / 2).joined(separator: "\n") + "\n").write(toFile: small, atomically: true, encoding: .utf8)
        try (lines.joined(separator: "\n") + "\n").write(toFile: large, atomically: true, encoding: .utf8)
        for (input, output) in [(small, folder + "/first.jsonld"), (large, folder + "/all.jsonld")] {
            let run = try CommandLineRunner.run(["build", "--no-cache", "-o", output, input])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let before = try Self.bodies(of: folder + "/first.jsonld"), after = try Self.bodies(of: folder + "/all.jsonld")
        var mentionsOfEntity: [String: [String]] = [:]
        for (mention, entity) in before { mentionsOfEntity[entity, default: []].append(mention) }
        var kept = 0, changed: [String] = []
        for (entity, mentions) in mentionsOfEntity {
            let now = Set(mentions.compactMap { after[$0] })
            guard now.count == 1, mentions.allSatisfy({ after[$0] != nil }), let iri = now.first else { continue }
            if iri == entity { kept += 1 } else { changed.append("\(entity) → \(iri)") }
        }
        #expect(kept > 100)
        #expect(changed.isEmpty, "\(changed.sorted())")
    }
}
