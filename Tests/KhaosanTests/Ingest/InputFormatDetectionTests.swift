import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

/// JSON Lines under its other names and by content; compressions by name or by signature; lz4,
/// which khaosan cannot read, is rejected by name or by signature, never read as text.
@Suite struct InputFormatDetectionTests {
    static let lines = Data(#"{"id":"a","text":"ข่าวหนึ่ง"}"#.utf8 + [0x0A] + #"{"id":"b","text":"ข่าวสอง"}"#.utf8 + [0x0A])

    static func folder() throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("khaosan-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func gzip(_ data: Data, to url: URL) throws {
        try data.write(to: url.deletingPathExtension())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-f", url.deletingPathExtension().path]
        try process.run()
        process.waitUntilExit()
    }

    @Test func ndjsonJsonAndJsonGzAreJSONLinesInAFolderAndByName() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.lines.write(to: folder.appendingPathComponent("one.ndjson"))
        try Self.lines.write(to: folder.appendingPathComponent("two.json"))
        try Self.gzip(Self.lines, to: folder.appendingPathComponent("three.json.gz"))
        let walked = try IngestFixtures.read(paths: [folder.path])
        #expect(walked.rejections == [])
        #expect(walked.ids == ["a", "b", "a", "b", "a", "b"])
        let named = try IngestFixtures.read(paths: [folder.appendingPathComponent("three.json.gz").path])
        #expect(named.ids == ["a", "b"])
    }

    @Test func aFileWithoutAKnownExtensionIsJSONLinesWhenItStartsWithABrace() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = folder.appendingPathComponent("export.data")
        try (Data("\u{FEFF}\n".utf8) + Self.lines).write(to: archive)
        #expect(try IngestFixtures.read(paths: [archive.path]).ids == ["a", "b"])
        let article = folder.appendingPathComponent("article.data")
        try Data("ข่าวธรรมดา".utf8).write(to: article)
        #expect(try IngestFixtures.read(paths: [article.path]).ids == ["article"])
    }

    @Test func aCompressedFileIsReadByItsSignatureWhateverItsName() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for suffix in ["gz", "bz2", "xz", "zst"] {
            // JSON Lines compressed but named .jsonl (in a folder) or without extension (named).
            let compressed = try Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("articles.jsonl.\(suffix)")))
            let misnamed = folder.appendingPathComponent("misnamed-\(suffix).jsonl")
            try compressed.write(to: misnamed)
            let walked = try IngestFixtures.read(paths: [misnamed.path])
            #expect(walked.rejections == [] && walked.documents.count == 3, "\(suffix): \(walked.rejections)")
            let bare = folder.appendingPathComponent("export-\(suffix)")
            try compressed.write(to: bare)
            #expect(try IngestFixtures.read(paths: [bare.path]).documents.count == 3, "\(suffix)")
        }
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("forum-article.txt.xz")))
        try text.write(to: folder.appendingPathComponent("plain.txt"))
        #expect(try IngestFixtures.read(paths: [folder.path]).ids == ["plain"])
    }

    @Test func lz4IsUnsupportedCompressionByNameOrSignature() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lz4: [UInt8] = [0x04, 0x22, 0x4D, 0x18, 0x64, 0x40, 0xA7]
        try Data(lz4).write(to: folder.appendingPathComponent("a.jsonl.lz4"))
        try Data(lz4).write(to: folder.appendingPathComponent("b.txt"))
        let walked = try IngestFixtures.read(paths: [folder.path])
        #expect(walked.documents.isEmpty)
        #expect(walked.rejections.map(\.reason) == Array(repeating: DocumentReader.unsupportedCompressionReason("lz4"), count: 2))
    }
}
