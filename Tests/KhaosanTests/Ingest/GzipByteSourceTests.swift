import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct GzipByteSourceTests {
    @Test func decompressesWholeFile() throws {
        let plain = try Data(contentsOf: URL(fileURLWithPath: IngestFixtures.path("articles.jsonl")))
        let bytes = try GzipByteSource(path: IngestFixtures.path("articles.jsonl.gz")).readAll()
        #expect(bytes == [UInt8](plain))
    }

    @Test func truncatedFileFailsAfterDeliveringWhatItCould() throws {
        let source = try GzipByteSource(path: IngestFixtures.path("truncated.jsonl.gz"))
        #expect {
            _ = try source.readAll()
        } throws: { error in
            guard let failure = error as? ByteSourceFailure else { return false }
            return failure.reason == "truncated gzip (unexpected end of file)" && failure.bytesRead > 0
        }
    }

    @Test func plainFileIsNotGzip() throws {
        let source = try GzipByteSource(path: IngestFixtures.path("not-gzip.jsonl.gz"))
        #expect(throws: ByteSourceFailure(reason: "not a gzip file (no gzip header)", bytesRead: 0)) {
            _ = try source.readAll()
        }
    }

    @Test func missingFile() {
        #expect(throws: ByteSourceError(reason: "no such file or directory")) {
            _ = try GzipByteSource(path: IngestFixtures.path("missing.jsonl.gz"))
        }
    }
}
