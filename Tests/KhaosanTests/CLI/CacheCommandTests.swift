import Crypto
import Foundation
import Testing
@testable import KhaosanCore

/// End-to-end: `khaosan cache stats|prune` on a cache two lexicon sets filled, and
/// `khaosan --version`.
@Suite struct CacheCommandTests {
    /// Two documents long enough to be cached (over `ExtractionCache.defaultMinimumBytes`).
    static let input: Data = {
        let text = String(repeating: "นายเศรษฐา ทวีสิน เดินทางไปจังหวัดพะเยาเมื่อวันที่ 16 พฤศจิกายน 2568 ", count: 4)
        return Data(((1...2).map { #"{"id":"d\#($0)","text":"\#(text) \#($0)"}"# }.joined(separator: "\n") + "\n").utf8)
    }()

    static func build(cache: URL, lexicon: String? = nil) throws -> CommandLineRunner.Result {
        try CommandLineRunner.run(["build", "-", "-o", "-", "--quiet", "--cache-dir", cache.path]
                                    + (lexicon.map { ["--lexicon", $0] } ?? []), stdin: input)
    }

    static func versionLines(_ stats: String) -> [Substring] {
        stats.split(separator: "\n").filter { $0.hasPrefix("  ") }
    }

    @Test func statsCountsTwoVersionsAndPruneKeepsTheLatest() throws {
        let cache = URL(fileURLWithPath: CommandLineRunner.temporaryPath("cache-command"))
        defer { try? FileManager.default.removeItem(at: cache) }
        #expect(try Self.build(cache: cache).status == 0)
        let lexicon = Repository.root.appendingPathComponent("fixtures/diff-examples/lexicon-line.tsv").path
        let second = try Self.build(cache: cache, lexicon: lexicon)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("cache: 0 hit(s), 2 extracted"))   // a new version: no hits

        let stats = try CommandLineRunner.run(["cache", "stats", "--cache-dir", cache.path])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains(": 4 entries"), "\(stats.stdout)")
        let lines = Self.versionLines(stats.stdout)
        #expect(lines.count == 2 && lines[0].hasSuffix("(latest run)") && !lines[1].contains("latest"), "\(stats.stdout)")
        let latest = try #require(lines.first?.split(separator: " ").first)

        let dry = try CommandLineRunner.run(["cache", "prune", "--cache-dir", cache.path, "--other-versions", "--dry-run"])
        #expect(dry.stdout.hasPrefix("would delete 1 pack(s): 2 entries, "), "\(dry.stdout)")
        #expect(Self.versionLines(try CommandLineRunner.run(["cache", "stats", "--cache-dir", cache.path]).stdout).count == 2)

        let prune = try CommandLineRunner.run(["cache", "prune", "--cache-dir", cache.path, "--other-versions"])
        #expect(prune.status == 0, "\(prune.stderr)")
        #expect(prune.stdout.hasPrefix("deleted 1 pack(s): 2 entries"), "\(prune.stdout)")
        #expect(prune.stdout.contains("cache now: 2 entries"), "\(prune.stdout)")
        let after = Self.versionLines(try CommandLineRunner.run(["cache", "stats", "--cache-dir", cache.path]).stdout)
        #expect(after.count == 1 && after[0].hasPrefix("  " + latest), "\(after)")
        // The kept version still hits.
        #expect(try Self.build(cache: cache, lexicon: lexicon).stderr.contains("cache: 2 hit(s), 0 extracted"))
    }

    @Test func pruneToZeroBytesEmptiesTheCacheAndNeedsARule() throws {
        let cache = URL(fileURLWithPath: CommandLineRunner.temporaryPath("cache-command"))
        defer { try? FileManager.default.removeItem(at: cache) }
        #expect(try Self.build(cache: cache).status == 0)
        let none = try CommandLineRunner.run(["cache", "prune", "--cache-dir", cache.path])
        #expect(none.status == 64 && none.stderr.contains("--unused-for, --other-versions or --max-size"), "\(none.stderr)")
        let prune = try CommandLineRunner.run(["cache", "prune", "--cache-dir", cache.path, "--max-size", "0"])
        #expect(prune.stdout.contains("cache now: 0 entries, 0.0 KB in 0 pack(s)"), "\(prune.stdout)")
        #expect(try Self.build(cache: cache).stderr.contains("cache: 0 hit(s), 2 extracted"))
    }

    @Test func statsRefusesAFolderThatIsNotACache() throws {
        let folder = URL(fileURLWithPath: CommandLineRunner.temporaryPath("not-a-cache"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        for command in [["cache", "stats"], ["cache", "prune", "--max-size", "0"]] {
            let result = try CommandLineRunner.run(command + ["--cache-dir", folder.path])
            #expect(result.status != 0 && result.stderr.contains("is not a khaosan cache"), "\(result.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
    }

    @Test func versionNamesTheCommitAndTheDigestsOfModelAndLexicons() throws {
        let result = try CommandLineRunner.run(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "khaosan \(KhaosanCore.version)")
        #expect(lines.contains { $0.hasPrefix("commit: ") && $0.count > "commit: ".count })
        let resources = try #require(lines.first { $0.hasPrefix("resources: ") }?.dropFirst("resources: ".count))
        let model = try Data(contentsOf: URL(fileURLWithPath: String(resources) + "/models/thainer-tagger.khm"))
        let digest = SHA256.hash(data: model).map { String(format: "%02x", $0) }.joined()
        #expect(lines.contains("model: thainer-tagger.khm sha256:" + digest.prefix(16)), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("lexicons: sha256:") && $0.count == "lexicons: sha256:".count + 16 })
    }
}
