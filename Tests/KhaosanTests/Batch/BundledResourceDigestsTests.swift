import Crypto
import Foundation
import Testing
@testable import KhaosanBatch

/// The lexicon-set digest is the SHA-256 of a `sha256sum` listing sorted by path in byte
/// order, so that `find lexicons -type f | LC_ALL=C sort | xargs sha256sum | sha256sum` gives it.
@Suite struct BundledResourceDigestsTests {
    static func hex(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }

    @Test func theLexiconSetDigestIsThatOfTheSortedSha256sumListing() throws {
        let root = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ["lexicons/place/b.tsv": "ข\n", "lexicons/Z.txt": "z\n", "lexicons/place/a.txt": "ก\n"]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        // Byte order: upper case before lower case ("Z.txt" before "place/").
        let listing = ["lexicons/Z.txt", "lexicons/place/a.txt", "lexicons/place/b.tsv"]
            .map { Self.hex(Data(files[$0]!.utf8)) + "  " + $0 + "\n" }.joined()
        #expect(BundledResourceDigests.lexiconSet(root: root) == Self.hex(Data(listing.utf8)))
        try Data("changed\n".utf8).write(to: root.appendingPathComponent("lexicons/place/a.txt"))
        #expect(BundledResourceDigests.lexiconSet(root: root) != Self.hex(Data(listing.utf8)))
        #expect(BundledResourceDigests.lexiconSet(root: root.appendingPathComponent("absent")) == nil)
        #expect(BundledResourceDigests.model(root: root) == nil)
    }
}
