import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanGraph

/// End-to-end: failures of the real `khaosan` binary (unwritable outputs, usage
/// mistakes, nothing readable) end with a clear one-line reason and the documented
/// exit status, never a trap or a Foundation error dump.
@Suite(.serialized) struct CommandFailureTests {
    static let article = Repository.path("fixtures/ingest/utf8-article.txt")
    static let smallText = Data("นายเศรษฐา ทวีสิน เดินทางไปจังหวัดพะเยาเมื่อวันที่ 16 พฤศจิกายน 2568\n".utf8)

    /// A temporary regular file: a path under it cannot be created.
    static func regularFile() throws -> String {
        let path = CommandLineRunner.temporaryPath("plain-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func expectClearFailure(_ result: CommandLineRunner.Result, naming path: String, status: Int32 = 1) {
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write \(path)"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr)")
    }

    @Test func writingToAFullStandardOutputFailsWithAMessageInsteadOfTrapping() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let segment = try CommandLineRunner.run(["segment", Self.article], standardOutput: full)
        #expect(segment.status == 1, "\(segment.stderr)")
        #expect(segment.stderr.contains("cannot write to standard output: No space left on device"))
        #expect(!segment.stderr.contains("Fatal error"))
        let build = try CommandLineRunner.run(["build", Self.article, "-o", "-", "--no-cache", "--quiet"],
                                              standardOutput: full)
        #expect(build.status == 1, "\(build.stderr)")
        #expect(build.stderr.contains("cannot write to standard output"))
        let graph = CommandLineRunner.temporaryPath("graph.jsonld")
        defer { try? FileManager.default.removeItem(atPath: graph) }
        try JSONLDWriter().write(KnowledgeGraph.build(from: try GoldExtractions.load()), to: graph)
        let diff = try CommandLineRunner.run(["diff", graph, graph], standardOutput: full)
        #expect(diff.status == 2, "\(diff.stderr)")
        #expect(diff.stderr.contains("cannot write to standard output"))
    }

    @Test func anUnwritableOutputIsReportedByPathBeforeAnyDocumentIsExtracted() throws {
        let file = try Self.regularFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let graph = file + "/graph.jsonld"
        let build = try CommandLineRunner.run(["build", Self.article, "-o", graph, "--no-cache"])
        Self.expectClearFailure(build, naming: graph)
        #expect(!build.stderr.contains("documents:"), "the check comes before the extraction")
        let errors = file + "/errors.jsonl"
        let extract = try CommandLineRunner.run(["extract", Self.article, "--errors", errors, "--no-cache"])
        Self.expectClearFailure(extract, naming: errors)
        #expect(extract.stdout.isEmpty)
        let merge = try CommandLineRunner.run(["merge", "-o", graph], stdin: Data())
        Self.expectClearFailure(merge, naming: graph)
        let model = file + "/model.bin"
        let train = try CommandLineRunner.run(["train", "--gold", Repository.path("fixtures/tagger/thainer-sample.jsonl"),
                                               "-o", model, "--epochs", "1"])
        Self.expectClearFailure(train, naming: model)
        #expect(!train.stderr.contains("epoch 1"), "the check comes before the training")
    }

    @Test func anOutputThatIsADirectoryIsRefusedWithTheReason() throws {
        let directory = CommandLineRunner.temporaryPath("out-dir")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let build = try CommandLineRunner.run(["build", Self.article, "-o", directory, "--no-cache"])
        Self.expectClearFailure(build, naming: directory)
        #expect(build.stderr.contains("is a directory"))
    }

    @Test func diffUsageErrorsExitWithStatusTwoLikeEveryOtherDiffError() throws {
        let missingArgument = try CommandLineRunner.run(["diff", "only-one.jsonld"])
        #expect(missingArgument.status == 2)
        #expect(missingArgument.stderr.contains("Missing expected argument '<new>'"))
        let badFormat = try CommandLineRunner.run(["diff", "--format", "xml", "a.jsonld", "b.jsonld"])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("xml"))
        let help = try CommandLineRunner.run(["diff", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit status: 0 equal"))
        // Other subcommands keep ArgumentParser's usage status.
        #expect(try CommandLineRunner.run(["segment", "--format", "xml"]).status == 64)
    }

    @Test func segmentAndDatesFailWhenNoInputCouldBeRead() throws {
        for command in ["segment", "dates"] {
            let missing = try CommandLineRunner.run([command, "/nonexistent/article.txt"])
            #expect(missing.status == 1, "\(command): \(missing.stderr)")
            #expect(missing.stderr.contains("/nonexistent/article.txt: no such file or directory"))
            let partly = try CommandLineRunner.run([command, Self.article, "/nonexistent/article.txt"])
            #expect(partly.status == 0, "\(command): one document was read")
            #expect(!partly.stdout.isEmpty)
        }
    }

    @Test func buildToStandardOutputLeavesNoErrorsFileInTheWorkingDirectory() throws {
        let directory = URL(fileURLWithPath: CommandLineRunner.temporaryPath("cwd"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandLineRunner.run(["build", "-", "-o", "-", "--no-cache"], stdin: Self.smallText, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        #expect(result.stderr.contains("errors report: none"))
    }

    @Test func aGraphWrittenToANamedPipeLeavesThePipeInPlace() throws {
        let fifo = CommandLineRunner.temporaryPath("graph.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: fifo) }
        // A non-blocking reader first, so the writer's open succeeds at once.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let result = try CommandLineRunner.run(["build", "-", "-o", fifo, "--no-cache", "--quiet"], stdin: Self.smallText)
        #expect(result.status == 0, "\(result.stderr)")
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &bytes, bytes.count)
        #expect(count > 0 && bytes[0] == UInt8(ascii: "{"), "the graph went through the pipe")
        var info = stat()
        #expect(stat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO, "the pipe was not replaced by a regular file")
        #expect(result.stderr.contains("errors report: none"))
    }

    @Test func mergeNamesAnUnreadablePartOnceWithTheReason() throws {
        let directory = FileManager.default.temporaryDirectory.path
        let result = try CommandLineRunner.run(["merge", directory, "/nonexistent/part.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("rejected \(directory): is a directory"), "\(result.stderr)")
        #expect(result.stderr.contains("rejected /nonexistent/part.jsonl: no such file or directory"))
        #expect(!result.stderr.contains("/nonexistent/part.jsonl: /nonexistent/part.jsonl"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func mergeFailsNamingAMissingPartEvenWhenTheOtherPartsAreGood() throws {
        let good = CommandLineRunner.temporaryPath("part-1.jsonl")
        let graph = CommandLineRunner.temporaryPath("graph.jsonld")
        defer { for path in [good, graph] { try? FileManager.default.removeItem(atPath: path) } }
        let extract = try CommandLineRunner.run(["extract", Self.article, "--no-cache"])
        try Data(extract.stdout.utf8).write(to: URL(fileURLWithPath: good))
        let missing = good.replacingOccurrences(of: "part-1", with: "part-2")
        let result = try CommandLineRunner.run(["merge", good, missing, "-o", graph])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("rejected \(missing): no such file or directory"), "\(result.stderr)")
        #expect(result.stderr.contains("error: \(missing): cannot be read"), "\(result.stderr)")
        #expect(result.stderr.contains("no graph written"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: graph), "no partial graph")
        let alone = try CommandLineRunner.run(["merge", good, "-o", graph])
        #expect(alone.status == 0, "\(alone.stderr)")
    }

    @Test func tagReportsAnUnreadableInputWithoutTheRootUsageAndFailsWhenNothingWasTagged() throws {
        let missing = try CommandLineRunner.run(["tag", "/nonexistent/docs.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read /nonexistent/docs.jsonl: no such file or directory"))
        #expect(!missing.stderr.contains("Usage: khaosan <subcommand>"))
        let garbage = try CommandLineRunner.run(["tag"], stdin: Data("not json\n".utf8))
        #expect(garbage.status == 1)
        #expect(garbage.stderr.contains("rejected -:1"))
        #expect(!garbage.stderr.contains("nan"), "no NaN rates when nothing was tagged: \(garbage.stderr)")
    }

    @Test func buildOfADirectoryWithoutInputFilesFailsNamingIt() throws {
        let directory = CommandLineRunner.temporaryPath("empty-inputs")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let graph = directory + "-graph.jsonld"
        defer { try? FileManager.default.removeItem(atPath: graph) }
        let result = try CommandLineRunner.run(["build", directory, "-o", graph, "--errors", graph + ".errors", "--no-cache"])
        defer { try? FileManager.default.removeItem(atPath: graph + ".errors") }
        #expect(result.status == 1)
        #expect(result.stderr.contains("rejected \(directory): no input files in this directory"))
    }

    @Test func theJobsHelpStatesItsDefaultOnceAndNotThisMachinesCoreCount() throws {
        for command in ["build", "extract"] {
            let help = try CommandLineRunner.run([command, "--help"])
            #expect(help.status == 0)
            let line = try #require(help.stdout.split(separator: "\n").first { $0.contains("-j, --jobs") })
            #expect(line.hasSuffix("Worker threads (default: all cores)."), "\(line)")
        }
    }

    @Test func aNegativeTopIsAUsageErrorNotATrap() throws {
        for command in [["build", Self.article, "--no-cache"], ["merge"]] {
            let result = try CommandLineRunner.run(command + ["--top=-1", "-o", "-"], stdin: Data())
            #expect(result.status == 64, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains("--top must be 0 or more, not -1"))
            #expect(!result.stderr.contains("Fatal error"))
        }
    }

    @Test func aBaseIRIThatIsNotAnAbsoluteIRIIsRefused() throws {
        for base in ["not a url", "", "example.org/kg/", "https://example.org/k g/"] {
            let result = try CommandLineRunner.run(["build", Self.article, "--no-cache", "-o", "-", "--base-iri", base])
            #expect(result.status == 64, "'\(base)': \(result.stderr)")
            #expect(result.stderr.contains("--base-iri must be an absolute IRI"))
            #expect(result.stdout.isEmpty)
        }
        let fine = try CommandLineRunner.run(["build", "-", "--no-cache", "-o", "-", "--base-iri", "urn:x-khaosan:"],
                                             stdin: Self.smallText)
        #expect(fine.status == 0, "\(fine.stderr)")
        #expect(fine.stdout.contains("\"urn:x-khaosan:/doc/stdin\""))
    }

    @Test func anUnusableCacheDirectoryIsReportedInWordsAndTheRunGoesOn() throws {
        let file = try Self.regularFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try CommandLineRunner.run(["extract", Self.article, "--cache-dir", file + "/cache"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("cache: cannot use \(file)/cache ("), "\(result.stderr)")
        #expect(result.stderr.contains("running without cache"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func evalSaysWhyThePredictionsCannotBeWritten() throws {
        let file = try Self.regularFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try CommandLineRunner.run(["eval", "--gold", Repository.path("fixtures/gold/seeds.jsonl"), "--no-model",
                                                "--write-predictions", file + "/predictions.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write predictions to \(file)/predictions.jsonl: "), "\(result.stderr)")
    }

    @Test func trainRejectsZeroEpochs() throws {
        let result = try CommandLineRunner.run(["train", "--gold", "gold.jsonl", "-o", "model.bin", "--epochs", "0"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--epochs must be at least 1"))
    }

    @Test func trainRejectsRowBitsTheModelReaderWouldRefuseInsteadOfTrapping() throws {
        for bits in ["-1", "0", "40"] {
            let result = try CommandLineRunner.run(["train", "--gold", "gold.jsonl", "-o", "model.bin", "--row-bits=\(bits)"])
            #expect(result.status == 64, "\(bits): \(result.stderr)")
            #expect(result.stderr.contains("--row-bits must be between 8 and 24, not \(bits)"))
        }
        let folds = try CommandLineRunner.run(["train", "--gold", "gold.jsonl", "-o", "model.bin", "--name-folds=-1"])
        #expect(folds.status == 64)
    }

    @Test func diffRejectsANegativeLimitWithStatusTwoNotATrap() throws {
        let result = try CommandLineRunner.run(["diff", "--limit=-1", "old.jsonld", "new.jsonld"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--limit must be 0 or more, not -1"))
        #expect(!result.stderr.contains("Fatal error"))
    }
}
