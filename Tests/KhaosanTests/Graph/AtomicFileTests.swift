import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO
@testable import KhaosanGraph

@Suite struct AtomicFileTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aPathUnderARegularFileFailsWithAFileWriteErrorNamingIt() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        let target = file.appendingPathComponent("graph.jsonld").path
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write(Data("{}".utf8), to: target) }
        #expect(error.path == target)
        #expect(error.description.hasPrefix("cannot write \(target): "))
        #expect(error.reason.contains("File exists") || error.reason.contains("Not a directory"), "\(error.reason)")
        #expect(!error.description.contains("NSCocoaErrorDomain"))
    }

    @Test func aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("graph.jsonld")
        try Data("old".utf8).write(to: target)
        struct Failure: Error {}
        #expect(throws: FileWriteError.self) {
            try AtomicFile.write(to: target.path) { handle in
                try handle.write(contentsOf: Data("partial".utf8))
                throw Failure()
            }
        }
        #expect(try Data(contentsOf: target) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["graph.jsonld"])
    }

    @Test func checkWritableCreatesTheDirectoryButNoFile() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("out/graph.jsonld").path
        try AtomicFile.checkWritable(target)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path).isEmpty)
        #expect(throws: FileWriteError.self) { try AtomicFile.checkWritable(directory.path) }
    }

    @Test func aStreamingSinkErrorStopsTheGraphWrite() throws {
        struct Full: Error {}
        var chunks = 0
        #expect(throws: Full.self) {
            try JSONLDWriter().stream(KnowledgeGraph.build(from: try GoldExtractions.load()), chunkSize: 64) { _ in
                chunks += 1
                throw Full()
            }
        }
        #expect(chunks == 1)
    }

    @Test func devicesLinksIntoDevAndPipesAreWrittenInPlaceNotReplaced() throws {
        // /dev/stdout may point to a regular file (`> graph.jsonld`): a rename over it would
        // replace the link itself. Only the decision is tested: a wrong answer here must not
        // be allowed to clobber the machine's /dev.
        #expect(AtomicFile.writesInPlace("/dev/null"))
        #expect(AtomicFile.writesInPlace("/dev/stdout"))
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(AtomicFile.writesInPlace(fifo))
        let regular = directory.appendingPathComponent("graph.jsonld")
        try Data("x".utf8).write(to: regular)
        #expect(!AtomicFile.writesInPlace(regular.path))
        #expect(!AtomicFile.writesInPlace(directory.appendingPathComponent("new.jsonld").path))
    }
}
