import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract
@testable import KhaosanBatch

@Suite struct ExtractorVersionTests {
    @Test func theKeyDependsOnExtractorsTheirOrderAndLexiconBytes() throws {
        let a = KeywordExtractor()
        var b = KeywordExtractor()
        b.name = "test.other"
        #expect(ExtractorVersion(extractors: [a]).key == ExtractorVersion(extractors: [a]).key)
        #expect(ExtractorVersion(extractors: [a]).key != ExtractorVersion(extractors: [b]).key)
        #expect(ExtractorVersion(extractors: [a, b]).key != ExtractorVersion(extractors: [b, a]).key)
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let file = temporary.appendingPathComponent("places.tsv")
        try Data("PLACE\tพะเยา\n".utf8).write(to: file)
        let before = ExtractorVersion(extractors: [a], lexiconFiles: [file])
        #expect(before.key == ExtractorVersion(extractors: [a], lexiconFiles: [file]).key)
        try Data("PLACE\tพะเยา\nPLACE\tน่าน\n".utf8).write(to: file)
        #expect(before.key != ExtractorVersion(extractors: [a], lexiconFiles: [file]).key)
        #expect(before.description.contains("test.keywords"))
    }

    @Test func theStandardVersionReadsTheBundledResourcesAndUserLexicons() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let file = temporary.appendingPathComponent("mine.tsv")
        try Data("ORG\tมหาวิทยาลัยพะเยา\n".utf8).write(to: file)
        let plain = ExtractorVersion.standard(extractors: [])
        let withUser = ExtractorVersion.standard(extractors: [], userLexicons: [file.path])
        #expect(plain.key != withUser.key)
        #expect(ExtractorVersion.bundledResourceFiles().allSatisfy { $0.path.contains("Resources") })
    }
}
