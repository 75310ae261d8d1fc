import Crypto
import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanBatch

@Suite struct ExtractionCacheTests {
    private func run(_ documents: [RawDocument], cache: ExtractionCache?,
                     version: ExtractorVersion = BatchFixtures.version) throws -> (Data, hits: Int, extracted: Int) {
        let outcomes = try BatchFixtures.run(BatchFixtures.engine(jobs: 2, cache: cache, version: version),
                                             documents.map(IngestItem.document))
        var statistics = BatchStatistics()
        outcomes.forEach { statistics.record($0) }
        return (GraphOutput.data(for: BatchFixtures.extractions(outcomes)), statistics.cacheHits, statistics.extracted)
    }

    @Test func addingDocumentsReextractsOnlyTheNewOnes() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let archive = BatchFixtures.documents(400)
        let added = BatchFixtures.documents(25, offset: 400)
        let first = try run(archive, cache: ExtractionCache(directory: directory))
        #expect(first.hits == 0 && first.extracted == 400)
        let second = try run(archive + added, cache: ExtractionCache(directory: directory))
        #expect(second.hits == 400 && second.extracted == 25)
        #expect(second.0 == (try run(archive + added, cache: nil)).0)
    }

    @Test func aMovedDocumentStillHitsAndTakesItsNewIdAndLocation() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var document = BatchFixtures.documents(1)[0]
        _ = try run([document], cache: ExtractionCache(directory: directory))
        document.id = "renamed"
        document.metadata.source = "other.jsonl:77"
        let cache = try ExtractionCache(directory: directory)
        let outcomes = try BatchFixtures.run(BatchFixtures.engine(jobs: 1, cache: cache), [.document(document)])
        guard case .extracted(let extraction, let cached, _) = outcomes[0] else { Issue.record("rejected"); return }
        #expect(cached)
        #expect(extraction.id == "renamed" && extraction.metadata.source == "other.jsonl:77")
    }

    @Test func aChangedDateOrLexiconIsAMiss() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = BatchFixtures.documents(20)
        _ = try run(documents, cache: ExtractionCache(directory: directory))
        var redated = documents
        redated[0].metadata.datePublished = "2030-01-01"
        #expect(try run(redated, cache: ExtractionCache(directory: directory)).extracted == 1)
        let lexicon = directory.appendingPathComponent("lexicon.txt")
        try Data("พะเยา\n".utf8).write(to: lexicon)
        let v1 = ExtractorVersion(components: [KeywordExtractor()].map(PipelineComponent.extractor), lexiconFiles: [lexicon])
        try Data("พะเยา\nน่าน\n".utf8).write(to: lexicon)
        let v2 = ExtractorVersion(components: [KeywordExtractor()].map(PipelineComponent.extractor), lexiconFiles: [lexicon])
        #expect(v1.key != v2.key)
        _ = try run(documents, cache: ExtractionCache(directory: directory), version: v1)
        let after = try run(documents, cache: ExtractionCache(directory: directory), version: v2)
        #expect(after.hits == 0 && after.extracted == 20)
    }

    /// Damages one record with `damage` (its bytes in its pack replaced by what `damage`
    /// returns) and checks that it is a miss, replaced, and the output unchanged; `corrupt`
    /// is how many damaged records the run counts.
    private func expectDamagedEntryIsNotTrusted(corrupt: Int = 1, _ damage: (Data) -> Data) throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = BatchFixtures.documents(10)
        let clean = try run(documents, cache: nil).0
        _ = try run(documents, cache: ExtractionCache(directory: directory))
        let key = ExtractionCacheKey.key(version: BatchFixtures.version, contentHash: SHA256.hex(documents[4].source),
                                         metadata: documents[4].metadata)
        let location = try #require(try ExtractionCache(directory: directory).recordLocation(key))
        let pack = try Data(contentsOf: URL(fileURLWithPath: location.path))
        let record = pack.subdata(in: location.offset..<(location.offset + location.length))
        try (pack.prefix(location.offset) + damage(record) + pack.dropFirst(location.offset + location.length))
            .write(to: URL(fileURLWithPath: location.path))
        let cache = try ExtractionCache(directory: directory)
        let again = try run(documents, cache: cache)
        #expect(again.0 == clean)
        #expect(again.hits == 9 && again.extracted == 1)
        #expect(cache.counters.corrupt == corrupt)
        // The fresh result was stored: a third run hits everything.
        #expect(try run(documents, cache: ExtractionCache(directory: directory)).hits == 10)
    }

    @Test func garbageBytesInAnEntryAreDetected() throws {
        try expectDamagedEntryIsNotTrusted { Data(repeating: 0x5A, count: $0.count) }
    }

    @Test func aTruncatedEntryIsDetected() throws {
        try expectDamagedEntryIsNotTrusted { $0.prefix($0.count / 2) }
    }

    @Test func aFlippedBitInThePayloadIsDetected() throws {
        try expectDamagedEntryIsNotTrusted { data in
            var copy = data
            copy[copy.count - 10] ^= 0x01
            return copy
        }
    }

    @Test func aFlippedBitInTheLengthIsDetected() throws {
        try expectDamagedEntryIsNotTrusted { data in
            var copy = data
            copy[9] ^= 0x01
            return copy
        }
    }

    @Test func aValidEntryStoredUnderAnotherKeyIsNotTrusted() throws {
        // The key is inside the checksummed record: the replaced record is simply another key's (a miss, not corrupt).
        try expectDamagedEntryIsNotTrusted(corrupt: 0) { _ in
            (try? CacheRecord.encode(CachedExtraction(key: String(repeating: "0", count: 64), extraction: DocumentExtraction(id: "x", metadata: DocumentMetadata(), contentHash: "", sourceLength: 3, mentions: [])))) ?? Data()
        }
    }

    @Test func aPackTornByAKilledRunCostsOnlyItsLastRecord() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = BatchFixtures.documents(10)
        _ = try run(documents, cache: ExtractionCache(directory: directory))
        let packs = directory.appendingPathComponent(ExtractionCache.packsName)
        let names = try FileManager.default.contentsOfDirectory(atPath: packs.path)
        #expect(names.count == 1)
        let pack = packs.appendingPathComponent(names[0])
        let bytes = try Data(contentsOf: pack)
        try bytes.dropLast(7).write(to: pack)
        let cache = try ExtractionCache(directory: directory)
        let again = try run(documents, cache: cache)
        #expect(again.hits == 9 && again.extracted == 1)
        #expect(cache.counters.corrupt == 1)
        #expect(try run(documents, cache: ExtractionCache(directory: directory)).hits == 10)
    }

    @Test func oneRunWritesOnePackNotAFilePerEntry() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = BatchFixtures.documents(50)
        let cache = try ExtractionCache(directory: directory)
        _ = try run(documents, cache: cache)
        cache.synchronize()
        #expect(cache.counters.writes == 50)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [ExtractionCache.manifestName, "packs"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("packs").path).count == 1)
    }

    @Test func aDamagedOrOutdatedManifestIsRewrittenAndCostsOnlyTheDamagedEntries() throws {
        for manifest in ["{\"format\":\"khaosan-extraction-cache\",\"schema\":0}\n", "SQLite format 3\u{0}", ""] {
            let directory = BatchFixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let documents = BatchFixtures.documents(10)
            _ = try run(documents, cache: ExtractionCache(directory: directory))
            try Data(manifest.utf8).write(to: directory.appendingPathComponent(ExtractionCache.manifestName))
            let cache = try ExtractionCache(directory: directory)
            #expect(cache.rebuildReason?.contains("entries kept") == true)
            let again = try run(documents, cache: cache)
            #expect(again.hits == 10 && again.extracted == 0)
            #expect(try ExtractionCache(directory: directory).rebuildReason == nil)
        }
    }

    @Test func aFolderThatIsNotACacheIsRefusedAndLeftAsItWas() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let entries = directory.appendingPathComponent("entries")
        try FileManager.default.createDirectory(at: entries, withIntermediateDirectories: true)
        try Data("my thesis".utf8).write(to: entries.appendingPathComponent("chapter1.txt"))
        #expect(throws: ExtractionCacheError.self) { try ExtractionCache(directory: directory) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["entries"])
        #expect(try Data(contentsOf: entries.appendingPathComponent("chapter1.txt")) == Data("my thesis".utf8))
        // An empty folder becomes a cache.
        let empty = directory.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try ExtractionCache(directory: empty).rebuildReason == nil)
    }

    @Test func aRunOfDocumentsTooSmallToCacheNeitherComputesTheVersionNorReadsThePacks() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        final class Calls: @unchecked Sendable { var count = 0; let lock = NSLock() }
        let calls = Calls()
        func engine(_ cache: ExtractionCache) -> BatchExtractor {
            BatchExtractor(jobs: 2, cache: cache, versionProvider: {
                calls.lock.lock(); calls.count += 1; calls.lock.unlock()
                return BatchFixtures.version
            }, makePipeline: { try ExtractionPipeline(extractors: [KeywordExtractor()]) })
        }
        let documents = BatchFixtures.documents(20)
        let cache = try ExtractionCache(directory: directory)
        cache.minimumBytes = 1 << 20
        _ = try BatchFixtures.run(engine(cache), documents.map(IngestItem.document))
        #expect(calls.count == 0)
        #expect(cache.counters == ExtractionCacheCounters())
        let caching = try ExtractionCache(directory: directory)
        _ = try BatchFixtures.run(engine(caching), documents.map(IngestItem.document))
        #expect(calls.count == 1)
        #expect(caching.counters.writes == 20)
    }
}
