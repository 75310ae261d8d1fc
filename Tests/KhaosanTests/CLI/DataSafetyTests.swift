import Foundation
import Testing
@testable import Khaosan

/// End-to-end: mistakes that used to destroy or silently lose data (issue 12) are refused
/// before anything is written, or reported, with the documented exit status.
@Suite struct DataSafetyTests {
    static let good = #"{"id":"a","text":"นายเศรษฐา ทวีสิน เดินทางไปจังหวัดพะเยา"}"# + "\n"

    /// A fresh folder holding `in.jsonl` (one good document, one malformed line).
    static func folder() throws -> URL {
        let folder = URL(fileURLWithPath: CommandLineRunner.temporaryPath("safety"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data((good + "not json\n").utf8).write(to: folder.appendingPathComponent("in.jsonl"))
        return folder
    }

    @Test func aMissingInputExitsTwoAndLeavesTheExistingGraphUntouched() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graph = folder.appendingPathComponent("keep.jsonld")
        try Data("precious".utf8).write(to: graph)
        let result = try CommandLineRunner.run(["build", "nosuch.gz", "-o", graph.path, "--no-cache"], in: folder)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("input nosuch.gz: no such file or directory"))
        #expect(try Data(contentsOf: graph) == Data("precious".utf8))
        #expect(!FileManager.default.fileExists(atPath: graph.path + ".errors.jsonl"))
        let dangling = folder.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "/nonexistent/x")
        let linked = try CommandLineRunner.run(["extract", dangling.path, "--no-cache"], in: folder)
        #expect(linked.status == 2)
        #expect(linked.stderr.contains("dangling symbolic link"), "\(linked.stderr)")
    }

    @Test func anOutputThatIsAnInputOrTheOtherOutputIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.jsonl")
        let before = try Data(contentsOf: input)
        for arguments in [["-o", "in.jsonl"], ["-o", "g.jsonld", "--errors", "./g.jsonld"], ["-o", "g.jsonld", "--errors", "in.jsonl"]] {
            let result = try CommandLineRunner.run(["build", "in.jsonl", "--no-cache"] + arguments, in: folder)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("is the same file as"), "\(result.stderr)")
            #expect(try Data(contentsOf: input) == before)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.jsonld").path))
        }
        let extract = try CommandLineRunner.run(["extract", "in.jsonl", "--errors", "in.jsonl", "--no-cache"], in: folder)
        #expect(extract.status == 2)
        #expect(try Data(contentsOf: input) == before)
        let empty = try CommandLineRunner.run(["build", "in.jsonl", "-o", "", "--no-cache"], in: folder)
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("-o: empty path"))
    }

    @Test func theErrorsReportIsNamedAfterTheGraphSoAGraphCalledErrorsJSONLSurvives() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandLineRunner.run(["build", "in.jsonl", "-o", "out/errors.jsonl", "--no-cache", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try String(contentsOf: folder.appendingPathComponent("out/errors.jsonl"), encoding: .utf8)
        #expect(graph.hasPrefix("{"))
        #expect(graph.contains("@context"))
        let errors = try String(contentsOf: folder.appendingPathComponent("out/errors.jsonl.errors.jsonl"), encoding: .utf8)
        #expect(errors.split(separator: "\n").count == 1)
        #expect(errors.contains("in.jsonl:2"))
        #expect(result.stderr.contains("errors report: out/errors.jsonl.errors.jsonl (1 rejected)"))
    }

    @Test func theGraphAndItsErrorsReportAreReplacedTogetherSoTheyNeverComeFromTwoRuns() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = folder.appendingPathComponent("g.jsonld.errors.jsonl")
        let first = try CommandLineRunner.run(["build", "in.jsonl", "-o", "g.jsonld", "--no-cache", "--quiet"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try String(contentsOf: errors, encoding: .utf8).contains("in.jsonl:2"))
        // The second run rejects nothing: its (empty) report replaces the first run's, beside its graph.
        try Data(Self.good.utf8).write(to: folder.appendingPathComponent("in.jsonl"))
        let second = try CommandLineRunner.run(["build", "in.jsonl", "-o", "g.jsonld", "--no-cache", "--quiet"], in: folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try Data(contentsOf: errors).isEmpty)
        // A run that fails before writing (a missing input) replaces neither.
        let graphBefore = try Data(contentsOf: folder.appendingPathComponent("g.jsonld"))
        try Data((Self.good + "not json\n").utf8).write(to: folder.appendingPathComponent("in.jsonl"))
        let failed = try CommandLineRunner.run(["build", "in.jsonl", "nosuch.jsonl", "-o", "g.jsonld", "--no-cache"], in: folder)
        #expect(failed.status == 2, "\(failed.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("g.jsonld")) == graphBefore)
        #expect(try Data(contentsOf: errors).isEmpty)
    }

    @Test func strictExitsOneWhenADocumentIsRejectedAfterWritingBothFiles() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lenient = try CommandLineRunner.run(["build", "in.jsonl", "-o", "g.jsonld", "--no-cache", "--quiet"], in: folder)
        #expect(lenient.status == 0)
        let strict = try CommandLineRunner.run(["build", "in.jsonl", "-o", "s.jsonld", "--no-cache", "--quiet", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("1 document(s) rejected (--strict)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.jsonld.errors.jsonl").path))
        let extract = try CommandLineRunner.run(["extract", "in.jsonl", "--no-cache", "--quiet", "--strict"], in: folder)
        #expect(extract.status == 1)
        let clean = try CommandLineRunner.run(["extract", "--no-cache", "--quiet", "--strict"], stdin: Data(Self.good.utf8), in: folder)
        #expect(clean.status == 0, "\(clean.stderr)")
    }

    @Test func outputsWrittenInsideAnInputFolderAreNotReadBackByTheNextRun() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for _ in 0..<2 {
            let result = try CommandLineRunner.run(["build", ".", "-o", "g.jsonl", "--no-cache", "--quiet"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("documents: 2 (1 read, 1 rejected)"), "\(result.stderr)")
        }
    }

    @Test func aNamedPipeAndADanglingLinkInAFolderAreReportedNotWaitedFor() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.jsonl").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path,
                                                   withDestinationPath: "/nonexistent/gone.txt")
        let result = try CommandLineRunner.run(["build", ".", "-o", "-", "--no-cache", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("rejected ./pipe.jsonl: skipped: not a regular file (named pipe)"), "\(result.stderr)")
        #expect(result.stderr.contains("rejected ./gone.txt: dangling symbolic link"), "\(result.stderr)")
    }

    @Test func jobsOutsideOneTo1024IsAUsageErrorNotATrapOrAHang() throws {
        for jobs in ["0", "1025", "576460752303423488", "576460752303423487"] {
            let result = try CommandLineRunner.run(["build", "--jobs", jobs, "-o", "-", "--no-cache"])
            #expect(result.status == 64, "\(jobs): \(result.stderr)")
            #expect(result.stderr.contains("--jobs must be between 1 and 1024"))
        }
    }

    @Test func buildWithoutInputsSaysItBuildsTheBundledCorpus() throws {
        // An empty -o stops the run right after the message, before any extraction.
        let result = try CommandLineRunner.run(["build", "-o", "", "--no-cache"])
        #expect(result.stderr.contains("no inputs given: building the bundled corpus"), "\(result.stderr)")
        #expect(result.status == 2)
    }

    @Test func theTemporaryGraphOfAKilledRunIsRemovedByTheNextRun() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Above Linux's largest pid (2^22): no process has it.
        let abandoned = folder.appendingPathComponent(".g.jsonld.\(1 << 30).tmp")
        try Data("half a graph".utf8).write(to: abandoned)
        let result = try CommandLineRunner.run(["build", "in.jsonl", "-o", "g.jsonld", "--no-cache", "--quiet"], in: folder)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["g.jsonld", "g.jsonld.blocks", "g.jsonld.errors.jsonl", "in.jsonl"])
    }

    @Test func aCacheDirThatIsNotAKhaosanCacheIsRefusedAndNothingInItIsDeleted() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = folder.appendingPathComponent("mine/entries")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        let result = try CommandLineRunner.run(["build", "in.jsonl", "-o", "g.jsonld", "--cache-dir", "mine", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("mine is not a khaosan cache"), "\(result.stderr)")
        #expect(result.stderr.contains("running without cache"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("mine").path) == ["entries"])
        #expect(try Data(contentsOf: mine.appendingPathComponent("notes.txt")) == Data("keep".utf8))
    }
}
