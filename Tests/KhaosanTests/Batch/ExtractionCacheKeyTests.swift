import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanBatch

@Suite struct ExtractionCacheKeyTests {
    private let version = ExtractorVersion(components: [KeywordExtractor()].map(PipelineComponent.extractor))

    private func key(_ metadata: DocumentMetadata, hash: String = "abc", version: ExtractorVersion? = nil) -> String {
        ExtractionCacheKey.key(version: version ?? self.version, contentHash: hash, metadata: metadata)
    }

    @Test func dateTitleTextAndVersionChangeTheKeyWhereTheDocumentWasReadDoesNot() {
        let base = DocumentMetadata(title: "ข่าว", url: "https://a", datePublished: "2022-09-02", source: "a.jsonl:1",
                                    extra: ["x": "1"])
        var moved = base
        moved.url = "https://b"
        moved.source = "b.jsonl:9"
        moved.extra = [:]
        #expect(key(base) == key(moved))
        #expect(key(base).count == 64)
        var redated = base
        redated.datePublished = "2022-09-03"
        var retitled = base
        retitled.title = nil
        #expect(Set([key(base), key(redated), key(retitled), key(base, hash: "abd"),
                     key(base, version: ExtractorVersion(components: []))]).count == 5)
    }

    @Test func anAbsentTitleDiffersFromAnEmptyOne() {
        #expect(key(DocumentMetadata(title: nil)) != key(DocumentMetadata(title: "")))
    }
}
