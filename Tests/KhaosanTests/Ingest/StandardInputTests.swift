import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

/// `-` reads the injected descriptor; JSON Lines or one text document, sniffed.
@Suite struct StandardInputTests {
    private func read(stdin bytes: [UInt8]) throws -> IngestFixtures.Outcome {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(bytes))
        try pipe.fileHandleForWriting.close()
        return try IngestFixtures.read(paths: ["-"], standardInput: pipe.fileHandleForReading.fileDescriptor)
    }

    @Test func jsonLinesWhenTheFirstByteIsABrace() throws {
        let outcome = try read(stdin: Array("\n  {\"text\": \"หนึ่ง\"}\n{\"id\": \"b\", \"text\": \"สอง\"}\n{oops\n".utf8))
        #expect(outcome.ids == ["stdin:2", "b"])
        #expect(outcome.documents[0].metadata.source == "<stdin>:2")
        #expect(outcome.rejections.map(\.location) == ["<stdin>:4"])
    }

    @Test func anythingElseIsOneTextDocument() throws {
        let outcome = try read(stdin: Array("ข่าว {not json}\nบรรทัดสอง".utf8))
        #expect(outcome.ids == ["stdin"])
        #expect(outcome.documents[0].source == "ข่าว {not json}\nบรรทัดสอง")
    }

    @Test func legacyThaiOnStdinIsConverted() throws {
        let outcome = try read(stdin: IngestFixtures.tis620("มหาวิทยาลัยพะเยา 2565"))
        #expect(outcome.documents.map(\.source) == ["มหาวิทยาลัยพะเยา 2565"])
    }

    @Test func compressedStdinIsRejectedWithAHint() throws {
        for (suffix, tool) in [("gz", "gzip"), ("bz2", "bzip2"), ("xz", "xz"), ("zst", "zstd")] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("articles.jsonl.\(suffix)"))))
            let outcome = try read(stdin: bytes)
            #expect(outcome.documents.isEmpty)
            #expect(outcome.rejections.map(\.reason) == ["\(tool)-compressed input on stdin is not supported; name the file or pipe it through \(tool) -dc"])
        }
    }

    @Test func emptyStdinIsRejected() throws {
        let outcome = try read(stdin: [])
        #expect(outcome.rejections == [InputError(location: "<stdin>", reason: "empty file")])
    }
}
