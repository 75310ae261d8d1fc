import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct DocumentReaderTests {
    @Test func everyEncodingOfATextFileDecodesToTheSameThai() throws {
        let outcome = try IngestFixtures.read("utf8-bom.txt", "utf16le-bom.txt", "utf16be-bom.txt")
        #expect(outcome.rejections.isEmpty)
        #expect(outcome.ids == ["utf8-bom", "utf16le-bom", "utf16be-bom"])
        let texts = outcome.documents.map(\.source)
        #expect(texts[0].hasPrefix("หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.)"))
        #expect(Set(texts).count == 1)
        // The byte-order mark is consumed: offsets start at the first letter.
        #expect(texts[0].unicodeScalars.first == "ห")
    }

    @Test func tis620ArticleIsDetectedAndConverted() throws {
        let outcome = try IngestFixtures.read("tis620-article.txt")
        let document = try #require(outcome.documents.first)
        #expect(outcome.rejections.isEmpty)
        #expect(document.id == "tis620-article")
        #expect(document.source.hasPrefix("หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.) เจ๋ง! ดันพะเยา"))
        #expect(document.source.contains("เมื่อวันที่ 2 กันยายน 2565 ที่ผ่านมา เมืองพะเยา"))
        // Converting back gives the file's bytes: nothing was lost or replaced.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("tis620-article.txt")))
        #expect(IngestFixtures.tis620(document.source) == [UInt8](bytes))
    }

    @Test func jsonLinesKeepMetadataAndUnknownFields() throws {
        let outcome = try IngestFixtures.read("articles.jsonl")
        #expect(outcome.rejections.isEmpty)
        #expect(outcome.ids == ["thaigov-3", "thaigov-27875", "thaigov-62420"])
        let first = outcome.documents[0]
        #expect(first.metadata.datePublished == "2016-07-19")
        #expect(first.metadata.url == "https://www.thaigov.go.th/news/contents/details/3")
        #expect(first.metadata.title?.hasPrefix("กระทรวงมหาดไทยสั่งด่วน") == true)
        #expect(first.metadata.source == "PyThaiNLP/thaigov-corpus@ee227b2:1/ด้านความมั่นคง_1.txt")
        #expect(first.source.hasPrefix("วันอังคารที่ 19 กรกฎาคม 2559\nกระทรวงมหาดไทย"))
        #expect(first.metadata.extra.isEmpty)
    }

    @Test func gzipJSONLinesEqualThePlainFile() throws {
        let plain = try IngestFixtures.read("articles.jsonl")
        let compressed = try IngestFixtures.read("articles.jsonl.gz")
        #expect(compressed.rejections.isEmpty)
        #expect(compressed.ids == plain.ids)
        #expect(compressed.documents.map(\.source) == plain.documents.map(\.source))
    }

    @Test func featuresEscapesNumbersIdsAndCRLF() throws {
        let outcome = try IngestFixtures.read("features.jsonl")
        #expect(outcome.rejections.isEmpty)
        #expect(outcome.ids == ["escapes", "42", "features.jsonl:3", "crlf"])
        #expect(outcome.documents[0].source == "กรุงเทพ \"quoted\" back\\slash / tab\tnew\nline 😀 end")
        #expect(outcome.documents[0].metadata.title == nil)
        let second = outcome.documents[1]
        #expect(second.metadata.datePublished == "2023-11-16")
        #expect(second.metadata.extra["date"] == "\"2023-11-16T09:30:00+07:00\"")
        #expect(second.metadata.extra["tags"] == "[\"ข่าว\", {\"k\": [1, 2.5e-3, true, false, null]}]")
        #expect(second.metadata.extra["score"] == "-0.5")
        #expect(outcome.documents[2].metadata.extra == ["lang": "\"th\""])
        #expect(outcome.documents[2].metadata.source == IngestFixtures.path("features.jsonl") + ":3")
        #expect(outcome.documents[3].source == "บรรทัด CRLF")
    }

    @Test func directoryIsWalkedRecursivelyInByteOrder() throws {
        let outcome = try IngestFixtures.read("tree")
        #expect(outcome.rejections.isEmpty)
        // A.txt < a/ (y.txt.gz, z.jsonl) < a-c.txt < b.txt; .hidden.txt and notes.md skipped.
        #expect(outcome.ids == ["A", "y", "tree-z-1", "tree-z-2", "a-c", "b"])
        #expect(outcome.documents.map(\.source) == ["เอ", "วาย", "หนึ่ง", "สอง", "เอซี", "บี"])
    }

    @Test func missingPathIsRejectedAndTheRunGoesOn() throws {
        let missing = IngestFixtures.path("no-such-file.jsonl")
        let outcome = try IngestFixtures.read(paths: [missing, IngestFixtures.path("tree/b.txt")])
        #expect(outcome.rejections == [InputError(location: missing, reason: "no such file or directory")])
        #expect(outcome.ids == ["b"])
    }

    @Test func aDirectoryWithoutInputFilesIsRejectedNotSilentlyEmpty() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("notes".utf8).write(to: directory.appendingPathComponent("notes.md"))
        let outcome = try IngestFixtures.read(paths: [directory.path, IngestFixtures.path("tree/b.txt")])
        #expect(outcome.rejections == [InputError(location: directory.path, reason: DocumentReader.emptyDirectoryReason)])
        #expect(outcome.ids == ["b"])
    }

    @Test(.enabled(if: getuid() != 0, "running as root: root reads a file of mode 000, so nothing can be denied"))
    func unreadableFileIsRejected() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-unreadable-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("secret.txt").path
        try Data("ลับ".utf8).write(to: URL(fileURLWithPath: file))
        chmod(file, 0)
        let outcome = try IngestFixtures.read(paths: [file])
        #expect(outcome.rejections == [InputError(location: file, reason: "cannot open: permission denied")])
    }

    @Test func errorsThrownByTheCallerStopTheRead() throws {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try DocumentReader(paths: [IngestFixtures.path("articles.jsonl")]).forEach { _ in
                seen += 1
                throw Stop()
            }
        }
        #expect(seen == 1)
    }
}
