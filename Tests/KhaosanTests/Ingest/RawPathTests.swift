import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanIO

/// File names that are not UTF-8 (TIS-620 names of legacy Thai archives): carried intact,
/// read inside a folder and when named, shown by their bytes.
@Suite struct RawPathTests {
    /// "ข่าว" in TIS-620, then ".txt".
    static let tis620Name: [UInt8] = [0xA2, 0xE8, 0xD2, 0xC7] + Array(".txt".utf8)

    @Test func anyBytesRoundTripAndUTF8IsUnchanged() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 1...255, using: &generator) }
            #expect(RawPath.bytes(of: RawPath.string(fromBytes: bytes)) == bytes, "\(bytes)")
        }
        #expect(RawPath.string(fromBytes: Array("ข่าว/a b.txt".utf8)) == "ข่าว/a b.txt")
        // A scalar of the escape range written in a real name is kept as its bytes too.
        let escapeLike = Array("\u{10FF41}".utf8)
        #expect(RawPath.bytes(of: RawPath.string(fromBytes: escapeLike)) == escapeLike)
    }

    @Test func displayShowsForeignBytesAsPercentHex() {
        #expect(RawPath.display(RawPath.string(fromBytes: Self.tis620Name)) == "%A2%E8%D2%C7.txt")
        #expect(RawPath.display("ข่าว.txt") == "ข่าว.txt")
    }

    /// A folder holding a TIS-620-named text file; returns the folder and the file's raw path.
    static func folderWithTIS620Name() throws -> (folder: URL, file: String) {
        let folder = try InputFormatDetectionTests.folder()
        let file = RawPath.string(fromBytes: Array(folder.path.utf8) + [0x2F] + tis620Name)
        let descriptor = RawPath.withCString(file) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        #expect(descriptor >= 0)
        let text = Array("ข่าวจากเชียงใหม่".utf8)
        #expect(write(descriptor, text, text.count) == text.count)
        close(descriptor)
        // The name really is not UTF-8 on disk: Foundation cannot list it as it is.
        let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!listed.contains("ข่าว.txt"))
        return (folder, file)
    }

    @Test func aNonUTF8NameIsReadInsideAFolderAndWhenNamed() throws {
        let (folder, file) = try Self.folderWithTIS620Name()
        defer { try? FileManager.default.removeItem(at: folder) }
        let walked = try IngestFixtures.read(paths: [folder.path])
        #expect(walked.rejections == [])
        #expect(walked.ids == ["%A2%E8%D2%C7"])
        #expect(walked.documents.first?.source == "ข่าวจากเชียงใหม่")
        #expect(walked.documents.first?.metadata.source == folder.path + "/%A2%E8%D2%C7.txt")
        let named = try IngestFixtures.read(paths: [file])
        #expect(named.ids == ["%A2%E8%D2%C7"])
    }

    @Test func aBadFileWithANonUTF8NameIsReportedByItsBytes() throws {
        let folder = try InputFormatDetectionTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = RawPath.string(fromBytes: Array(folder.path.utf8) + [0x2F] + Self.tis620Name)
        let descriptor = RawPath.withCString(file) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        close(descriptor)
        let outcome = try IngestFixtures.read(paths: [folder.path])
        #expect(outcome.rejections == [InputError(location: folder.path + "/%A2%E8%D2%C7.txt", reason: "empty file")])
    }
}
