import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanBatch

/// End-to-end tests of `khaosan build`, `extract` and `merge`: they run the real binary.
@Suite struct BatchCommandTests {
    @discardableResult
    static func khaosan(_ arguments: [String], stdin: Data? = nil) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(arguments, stdin: stdin)
    }

    /// A folder of small documents (the two seed articles, cut into pieces).
    private func inputFolder() throws -> URL {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("khaosan-cli-\(UUID().uuidString)")
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Repository.path("corpus"))
            .filter { $0.hasSuffix(".txt") }.sorted()
        var index = 0
        for seed in seeds {
            let text = try String(contentsOfFile: Repository.path("corpus/\(seed)"), encoding: .utf8)
            for paragraph in text.split(separator: "\n") where !paragraph.isEmpty {
                try String(paragraph).write(to: docs.appendingPathComponent(String(format: "p%03d.txt", index)),
                                            atomically: true, encoding: .utf8)
                index += 1
            }
        }
        return folder
    }

    @Test func extractWritesOneLinePerDocumentAndAnErrorLineForBadInput() throws {
        let folder = try inputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A missing input is refused before anything is read (exit 2); a bad file is an error line.
        let missing = folder.appendingPathComponent("missing.jsonl").path
        #expect(try Self.khaosan(["extract", folder.appendingPathComponent("docs").path, missing, "--no-cache"]).status == 2)
        let bad = folder.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: bad))
        let run = try Self.khaosan(["extract", folder.appendingPathComponent("docs").path, bad, "--no-cache", "-j", "2"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        let objects = try lines.dropLast().map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let documents = objects.filter { $0["id"] != nil }
        let errors = objects.filter { $0["error"] != nil }
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("docs").path).count
        #expect(written >= 5)
        #expect(documents.count == written)
        #expect(documents.allSatisfy { ($0["contentHash"] as? String)?.count == 64 && $0["mentions"] is [Any] })
        #expect(errors.count == 1)
        #expect(errors.first?["location"] as? String == bad)
        #expect(Set(errors.first?.keys.map { $0 } ?? []) == ["error", "location"])
        // Logs go to stderr, never stdout.
        #expect(run.stderr.contains("rejected"))
        #expect(run.stderr.contains("documents: \(documents.count + 1)"))
    }

    @Test func mergeOfShardsWritesExactlyTheBytesOfBuildWithOneOrTwoJobs() throws {
        let folder = try inputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs")
        let files = try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted().map { docs.appendingPathComponent($0).path }
        let built = folder.appendingPathComponent("built.json").path
        let builtOne = folder.appendingPathComponent("built-1.json").path
        try Self.khaosan(["build"] + files + ["-o", built, "--no-cache", "-j", "2"])
        try Self.khaosan(["build"] + files.reversed() + ["-o", builtOne, "--no-cache", "-j", "1"])
        let graph = try Data(contentsOf: URL(fileURLWithPath: built))
        #expect(graph.count > 100)
        #expect(try Data(contentsOf: URL(fileURLWithPath: builtOne)) == graph)

        // Three overlapping shards, merged in another order.
        let shards = [Array(files[0..<5]), Array(files[3...]), [files[0], files[files.count - 1]]]
        var parts: [String] = []
        for (index, shard) in shards.enumerated() {
            let part = folder.appendingPathComponent("part-\(index).jsonl").path
            try Data(Self.khaosan(["extract"] + shard + ["--no-cache"]).stdout.utf8).write(to: URL(fileURLWithPath: part))
            parts.append(part)
        }
        let merged = try Self.khaosan(["merge"] + parts.reversed())
        #expect(merged.status == 0)
        #expect(Data(merged.stdout.utf8) == graph)
    }

    @Test func profileListsEveryStageAndChangesNoOutputByte() throws {
        let folder = try inputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs").path
        let plain = folder.appendingPathComponent("plain.json").path, profiled = folder.appendingPathComponent("profiled.json").path
        let quiet = try Self.khaosan(["build", docs, "-o", plain, "--no-cache", "-j", "2"])
        let run = try Self.khaosan(["build", docs, "-o", profiled, "--no-cache", "-j", "2", "--profile"])
        #expect(quiet.status == 0 && run.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: profiled)) == Data(contentsOf: URL(fileURLWithPath: plain)))
        #expect(!quiet.stderr.contains("profile:"))
        let profile = run.stderr.components(separatedBy: "profile: CPU seconds per stage").last ?? ""
        for stage in ["ingest (read, decode, JSON)", "content hash", "normalise", "segmentation (ICU)", "clauses", "dates",
                      "tagger", "decoding", "features", "tagger-spans", "overlap-resolution", "relations",
                      "collect (intern, dedupe)", "resolution", "graph build", "graph write", "stages total", "process CPU",
                      "memory after extraction", "memory after resolution", "memory after graph write"] {
            #expect(profile.contains("\n  \(stage) ") || profile.contains("\n    \(stage) "), "no line for \(stage)")
        }
        let extracted = try Self.khaosan(["extract", docs, "--no-cache", "--profile"])
        #expect(extracted.stdout == (try Self.khaosan(["extract", docs, "--no-cache"])).stdout)
        #expect(extracted.stderr.contains("\n  extraction JSON "))
    }

    @Test func buildWritesAnErrorsReportListingEveryRejectedDocument() throws {
        let folder = try inputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report/errors.jsonl")
        let missing = [folder.appendingPathComponent("a.jsonl").path, folder.appendingPathComponent("b.txt").path]
        try Data("not json\n".utf8).write(to: URL(fileURLWithPath: missing[0]))
        try Data().write(to: URL(fileURLWithPath: missing[1]))
        let run = try Self.khaosan(["build", folder.appendingPathComponent("docs").path] + missing
            + ["-o", folder.appendingPathComponent("g.json").path, "--errors", report.path, "--no-cache"])
        #expect(run.status == 0)
        let lines = String(decoding: try Data(contentsOf: report), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"error\":") })
        #expect(missing.allSatisfy { path in lines.contains { $0.contains(path) } })
        #expect(run.stderr.contains("2 rejected"))
    }

    @Test func aSecondBuildTakesEveryDocumentFromTheCache() throws {
        let folder = try inputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["build", folder.appendingPathComponent("docs").path, "-o", folder.appendingPathComponent("g.json").path,
                         "--cache-dir", folder.appendingPathComponent("cache").path]
        let first = try Self.khaosan(arguments)
        let second = try Self.khaosan(arguments)
        #expect(first.stderr.contains("cache: 0 hit(s)"))
        // Documents under ExtractionCache.defaultMinimumBytes are cheaper to extract than to look up.
        let docs = folder.appendingPathComponent("docs")
        let sizes = try FileManager.default.contentsOfDirectory(atPath: docs.path)
            .map { try Data(contentsOf: docs.appendingPathComponent($0)).count }
        let cached = sizes.filter { $0 >= ExtractionCache.defaultMinimumBytes }.count
        #expect(cached > 0)
        #expect(second.stderr.contains("cache: \(cached) hit(s), \(sizes.count - cached) extracted"), "\(second.stderr)")
    }

    @Test func mergeSkipsAnUnreadableLineNamingItsFileAndLineAndFailsWhenNothingIsUsable() throws {
        let folder = try inputFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = folder.appendingPathComponent("part.jsonl")
        let extract = try Self.khaosan(["extract", folder.appendingPathComponent("docs").path, "--no-cache"]).stdout
        try Data(("{\"truncated\n" + extract + "{\"error\":\"malformed JSON\",\"location\":\"a.jsonl:4\"}\n").utf8).write(to: part)
        // The bad line (and the extra line not counted by the trailer) make the part partial.
        #expect(try Self.khaosan(["merge", part.path]).status == 1)
        let merged = try Self.khaosan(["merge", part.path, "--accept-partial"])
        #expect(merged.status == 0)
        #expect(merged.stderr.contains("\(part.path):1"))
        #expect(merged.stderr.contains("1 rejected, 1 invalid"))
        let clean = try Self.khaosan(["merge", "-"] , stdin: Data(extract.utf8))
        #expect(merged.stdout == clean.stdout)

        let garbage = folder.appendingPathComponent("garbage.jsonl")
        try Data("not json\n".utf8).write(to: garbage)
        let output = folder.appendingPathComponent("never.json")
        let failed = try Self.khaosan(["merge", garbage.path, "-o", output.path])
        #expect(failed.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// Separate processes get different hash seeds: output that depends on Set or
    /// Dictionary order shows up here (the in-process 1-vs-N test cannot see it).
    @Test func extractOfTheBundledCorpusIsIdenticalAcrossProcessesAndJobCounts() throws {
        var outputs: Set<String> = []
        for jobs in ["1", "2", "1", "2"] {
            let run = try Self.khaosan(["extract", Repository.path("corpus"), "--no-cache", "--quiet", "-j", jobs])
            #expect(run.status == 0)
            outputs.insert(run.stdout)
        }
        #expect(outputs.count == 1)
        #expect(outputs.first?.isEmpty == false)
    }
}
