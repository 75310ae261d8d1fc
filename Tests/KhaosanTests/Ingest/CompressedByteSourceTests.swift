import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

/// bzip2, xz and zstd through `CCompression`: whole files, cut files, the wrong compression,
/// bombs cut by the document size limit, and JSON Lines inside (`archive.jsonl.xz`).
@Suite struct CompressedByteSourceTests {
    static let kinds: [(suffix: String, compression: Compression)] = [("bz2", .bzip2), ("xz", .xz), ("zst", .zstd)]

    @Test func decompressesTheWholeFile() throws {
        let plain = try [UInt8](Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("articles.jsonl"))))
        for (suffix, compression) in Self.kinds {
            let bytes = try CompressedByteSource(path: IngestFixtures.path("articles.jsonl.\(suffix)"), compression: compression).readAll()
            #expect(bytes == plain, "\(suffix)")
        }
    }

    @Test func aCutFileFailsAsTruncated() throws {
        for (suffix, compression) in Self.kinds {
            let source = try CompressedByteSource(path: IngestFixtures.path("truncated-articles.jsonl.\(suffix)"), compression: compression)
            #expect(performing: { _ = try source.readAll() }, throws: { error in
                (error as? ByteSourceFailure)?.reason == "truncated \(compression.tool) (unexpected end of file)"
            })
        }
    }

    @Test func anotherCompressionOrPlainTextIsCorrupt() throws {
        for (suffix, compression) in Self.kinds {
            for other in ["articles.jsonl", "articles.jsonl.gz"] {
                let source = try CompressedByteSource(path: IngestFixtures.path(other), compression: compression)
                #expect("\(suffix) reading \(other)", performing: { _ = try source.readAll() }, throws: { error in
                    (error as? ByteSourceFailure)?.reason.hasPrefix("corrupt \(compression.tool) (") == true
                })
            }
        }
    }

    @Test func anEmptyFileIsTruncated() throws {
        for (_, compression) in Self.kinds {
            let source = try CompressedByteSource(path: IngestFixtures.path("empty.txt"), compression: compression)
            #expect(performing: { _ = try source.readAll() }, throws: { error in
                (error as? ByteSourceFailure)?.reason.hasPrefix("truncated \(compression.tool) (unexpected end of file") == true
            })
        }
    }

    @Test func aBombStopsAtTheDocumentSizeLimit() throws {
        for (suffix, compression) in [("xz", Compression.xz), ("zst", .zstd)] {
            let source = try CompressedByteSource(path: IngestFixtures.path("bomb.txt.\(suffix)"), compression: compression)
            let item = TextDocumentReader.read(source, id: "bomb", location: "bomb.txt.\(suffix)", limit: 1 << 20)
            guard case .rejected(let error) = item else { Issue.record("\(suffix): a bomb was read as a document"); continue }
            #expect(error == IngestError(location: "bomb.txt.\(suffix)", reason: "larger than 1048576 bytes: too large for one document"))
        }
    }

    @Test func concatenatedStreamsAreOneStream() throws {
        let folder = try InputFormatDetectionTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("articles.jsonl")))
        for (suffix, compression) in Self.kinds {
            let one = try Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("articles.jsonl.\(suffix)")))
            let twice = folder.appendingPathComponent("twice.jsonl.\(suffix)")
            try (one + one).write(to: twice)
            let bytes = try CompressedByteSource(path: twice.path, compression: compression).readAll()
            #expect(Data(bytes) == plain + plain, "\(suffix)")
        }
    }

    @Test func jsonLinesInsideAreReadAsJSONLinesAndTextAsOneDocument() throws {
        let gzip = try IngestFixtures.read("articles.jsonl.gz")
        #expect(gzip.documents.count == 3)
        for (suffix, _) in Self.kinds {
            let outcome = try IngestFixtures.read("articles.jsonl.\(suffix)")
            #expect(outcome.rejections == [], "\(suffix)")
            #expect(outcome.ids == gzip.ids, "\(suffix)")
            #expect(outcome.documents.map(\.source) == gzip.documents.map(\.source), "\(suffix)")
            #expect(outcome.documents.map(\.metadata.title) == gzip.documents.map(\.metadata.title), "\(suffix)")
        }
        let text = try IngestFixtures.read("forum-article.txt.xz")
        #expect(text.ids == ["forum-article"])
        #expect(text.documents.first?.source == (try IngestFixtures.read("utf8-article.txt")).documents.first?.source)
    }

    @Test func aTruncatedArchiveKeepsItsCompleteLinesAndReportsTheCut() throws {
        for (suffix, compression) in Self.kinds {
            let outcome = try IngestFixtures.read("truncated-articles.jsonl.\(suffix)")
            #expect(outcome.rejections.count == 1, "\(suffix)")
            #expect(outcome.rejections.first?.reason.contains("truncated \(compression.tool)") == true, "\(outcome.rejections)")
        }
    }
}
