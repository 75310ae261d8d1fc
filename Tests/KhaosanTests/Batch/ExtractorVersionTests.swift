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
        #expect(ExtractorVersion(components: [a].map(PipelineComponent.extractor)).key == ExtractorVersion(components: [a].map(PipelineComponent.extractor)).key)
        #expect(ExtractorVersion(components: [a].map(PipelineComponent.extractor)).key != ExtractorVersion(components: [b].map(PipelineComponent.extractor)).key)
        #expect(ExtractorVersion(components: [a, b].map(PipelineComponent.extractor)).key != ExtractorVersion(components: [b, a].map(PipelineComponent.extractor)).key)
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let file = temporary.appendingPathComponent("places.tsv")
        try Data("PLACE\tพะเยา\n".utf8).write(to: file)
        let before = ExtractorVersion(components: [a].map(PipelineComponent.extractor), lexiconFiles: [file])
        #expect(before.key == ExtractorVersion(components: [a].map(PipelineComponent.extractor), lexiconFiles: [file]).key)
        try Data("PLACE\tพะเยา\nPLACE\tน่าน\n".utf8).write(to: file)
        #expect(before.key != ExtractorVersion(components: [a].map(PipelineComponent.extractor), lexiconFiles: [file]).key)
        #expect(before.description.contains("test.keywords"))
    }

    @Test func theKeyDependsOnEveryComponentAndItsPlace() {
        let standard = PipelineComponent.standard(extractors: [KeywordExtractor()])
        #expect(standard.map(\.identity) == ["extractor test.keywords [DATE,ORG,PLACE]", "validator date-values",
                                              "validator tagger-spans", "validator adjective-place-names",
                                              "validator country-nationalities", "validator hotel-names",
                                              "validator rule-tagger-combination",
                                              "overlap-resolution", "relations"])
        let key = ExtractorVersion(components: standard).key
        var keys: Set<String> = [key]
        for k in standard.indices {
            var without = standard
            without.remove(at: k)
            keys.insert(ExtractorVersion(components: without).key)
        }
        keys.insert(ExtractorVersion(components: Array(standard.reversed())).key)
        #expect(keys.count == standard.count + 2)
        #expect(ExtractorVersion(components: standard).key == key)
        #expect(ExtractorVersion(components: standard).description.contains("test.keywords,date-values,tagger-spans"))
    }

    @Test func theStandardVersionReadsTheBundledResourcesAndUserLexicons() throws {
        let temporary = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: temporary) }
        let file = temporary.appendingPathComponent("mine.tsv")
        try Data("ORG\tมหาวิทยาลัยพะเยา\n".utf8).write(to: file)
        let plain = ExtractorVersion.standard(components: [])
        let withUser = ExtractorVersion.standard(components: [], userLexicons: [file.path])
        #expect(plain.key != withUser.key)
        #expect(ExtractorVersion.bundledResourceFiles().allSatisfy { $0.path.contains("Resources") })
    }
}
