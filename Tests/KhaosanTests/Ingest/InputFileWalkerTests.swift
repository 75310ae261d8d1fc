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
        #expect(entries == [
            .unreadable(InputError(location: directory.path + "/d/loop",
                                    reason: "skipped: symbolic link loop (it leads back to \(directory.path)/)")),
            .file(path: directory.path + "/d/x.txt", format: .text),
        ])
    }

    @Test func aLinkToItselfAndASecondLinkToAFolderAreReportedByName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-walk-self-\(getpid())")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("d"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("ก".utf8).write(to: directory.appendingPathComponent("d/x.txt"))
        // self → self (stat fails with ELOOP, whatever the name); e → d (the same folder twice).
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("self").path, withDestinationPath: "self")
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("e").path, withDestinationPath: "d")
        let entries = InputFileWalker.entries(in: directory.path)
        #expect(entries == [
            .file(path: directory.path + "/d/x.txt", format: .text),
            .unreadable(InputError(location: directory.path + "/e", reason: "skipped: directory already read as \(directory.path)/d")),
            .unreadable(InputError(location: directory.path + "/self", reason: "skipped: symbolic link loop (it leads back to itself)")),
        ])
    }
}
