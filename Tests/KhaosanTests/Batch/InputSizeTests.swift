import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanBatch

@Suite struct InputSizeTests {
    @Test func filesCountBySizeGzipByItsTrailerAndStdinIsUnknown() throws {
        let folder = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: 0x41, count: 1000).write(to: folder.appendingPathComponent("a.jsonl"))
        // Only the gzip trailer is read: ISIZE, the uncompressed size mod 2^32, little-endian.
        var gzip = Data([0x1F, 0x8B, 0x08, 0x00] + [UInt8](repeating: 0, count: 16))
        gzip.append(contentsOf: [0x40, 0xE2, 0x01, 0x00])  // 123456
        try gzip.write(to: folder.appendingPathComponent("b.jsonl.gz"))
        #expect(InputSize.estimate(paths: [folder.appendingPathComponent("a.jsonl").path]) == 1000)
        #expect(InputSize.estimate(paths: [folder.appendingPathComponent("b.jsonl.gz").path]) == 123_456)
        #expect(InputSize.estimate(paths: [folder.path]) == 124_456)
        #expect(InputSize.estimate(paths: [folder.path, "-"]) == nil)
        #expect(InputSize.estimate(paths: ["/no/such/file"]) == 0)
    }
}
