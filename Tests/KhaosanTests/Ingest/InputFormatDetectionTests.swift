import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

/// JSON Lines under its other names and by content; compressions khaosan cannot read are
/// rejected by name or by signature, never read as text.
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

    @Test func zstdBzip2AndXzAreUnsupportedCompressionByNameOrSignature() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let signatures: [(String, [UInt8], String)] = [
            ("a.jsonl.zst", [0x28, 0xB5, 0x2F, 0xFD, 0x00], "zstd"),
            ("b.txt.bz2", Array("BZh91AY&SY".utf8), "bzip2"),
            ("c.jsonl.xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00], "xz"),
        ]
        for (name, bytes, _) in signatures { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        let walked = try IngestFixtures.read(paths: [folder.path])
        #expect(walked.documents.isEmpty)
        #expect(walked.rejections.map(\.reason) == signatures.map { DocumentReader.unsupportedCompressionReason($0.2) })
        // Misnamed: the signature decides, not the name.
        for (index, (_, bytes, tool)) in signatures.enumerated() {
            let misnamed = folder.appendingPathComponent("misnamed\(index).txt")
            try Data(bytes).write(to: misnamed)
            let outcome = try IngestFixtures.read(paths: [misnamed.path])
            #expect(outcome.rejections.first?.reason.hasPrefix("unsupported compression (\(tool))") == true, "\(tool)")
        }
    }
}
