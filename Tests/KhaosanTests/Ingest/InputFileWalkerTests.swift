import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct InputFileWalkerTests {
    @Test func sortedDepthFirstKnownExtensionsOnly() {
        let root = IngestFixtures.path("tree")
        let entries = InputFileWalker.entries(in: root)
        #expect(entries == [
            .file(path: root + "/A.txt", format: .text),
            .file(path: root + "/a/y.txt.gz", format: .gzipText),
            .file(path: root + "/a/z.jsonl", format: .jsonLines),
            .file(path: root + "/a-c.txt", format: .text),
            .file(path: root + "/b.txt", format: .text),
        ])
    }

    @Test func trailingSlashAndSymlinkLoop() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-walk-\(getpid())")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("d"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("ก".utf8).write(to: directory.appendingPathComponent("d/x.txt"))
        // d/loop → .. : the walk must not run forever.
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("d/loop").path, withDestinationPath: "..")
        let entries = InputFileWalker.entries(in: directory.path + "/")
        #expect(entries == [.file(path: directory.path + "/d/x.txt", format: .text)])
    }
}
