import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanBatch

/// The cache's upkeep: counting by extractor version, and pruning by version, age and size.
@Suite struct CacheInventoryTests {
    static let v1 = ExtractorVersion(components: [KeywordExtractor()].map(PipelineComponent.extractor), salt: "v1")
    static let v2 = ExtractorVersion(components: [KeywordExtractor()].map(PipelineComponent.extractor), salt: "v2")
    /// Documents large enough to be cached by any `minimumBytes`.
    static let documents = BatchFixtures.documents(60)

    /// Runs the documents through a cache in `directory` under `version`; returns the hits.
    @discardableResult
    static func run(_ directory: URL, _ version: ExtractorVersion, _ documents: [RawDocument] = documents) throws -> Int {
        let cache = try ExtractionCache(directory: directory)
        let outcomes = try BatchFixtures.run(BatchFixtures.engine(jobs: 2, cache: cache, version: version),
                                             documents.map(IngestItem.document))
        cache.synchronize()
        return outcomes.filter { if case .extracted(_, true, _) = $0 { return true } else { return false } }.count
    }

    static func packSizes(_ directory: URL) throws -> Int {
        let folder = directory.appendingPathComponent("packs")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).reduce(0) { total, name in
            total + ((try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int) ?? 0)
        }
    }

    /// Sets the modification time of `path` to `age` seconds ago.
    static func age(_ path: String, by age: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-age)], ofItemAtPath: path)
    }

    @Test func countsEntriesAndBytesByExtractorVersion() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.run(directory, Self.v1)
        try Self.run(directory, Self.v2, Array(Self.documents.prefix(20)))
        let inventory = try CacheInventory(directory: directory)
        #expect(inventory.entries == 80)
        #expect(inventory.bytes == (try Self.packSizes(directory)))
        let totals = Dictionary(uniqueKeysWithValues: inventory.byVersion.map { ($0.version, $0) })
        #expect(totals[CacheInventory.versionTag(Self.v1.key)]?.entries == 60)
        #expect(totals[CacheInventory.versionTag(Self.v2.key)]?.entries == 20)
        #expect(inventory.latestVersion == CacheInventory.versionTag(Self.v2.key))
    }

    @Test func pruningOtherVersionsKeepsTheHitsOfTheKeptOne() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.run(directory, Self.v1)
        try Self.run(directory, Self.v2)
        let before = try CacheInventory(directory: directory)
        let result = before.prune(CachePrunePolicy(keepOnlyVersion: CacheInventory.versionTag(Self.v2.key)))
        #expect(result.removedEntries == 60 && result.failed.isEmpty)
        let after = try CacheInventory(directory: directory)
        #expect(after.entries == 60 && after.bytes == before.bytes - result.removedBytes)
        #expect(try Self.run(directory, Self.v2) == 60)
        #expect(try Self.run(directory, Self.v1) == 0)
    }

    @Test func theBoundAfterARunSparesPacksInUseAndDeletesIdleOnesOfOtherVersions() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.run(directory, Self.v1)
        try Self.run(directory, Self.v2)
        let policy = CachePrunePolicy.afterRun(version: Self.v2)
        #expect(try CacheInventory(directory: directory).prune(policy).removed.isEmpty)   // v1 used just now
        let v1Pack = try #require(try CacheInventory(directory: directory).packs.first { $0.version == CacheInventory.versionTag(Self.v1.key) })
        try Self.age(v1Pack.path, by: 601)
        let result = try CacheInventory(directory: directory).prune(policy)
        #expect(result.removed.map(\.path) == [v1Pack.path])
        #expect(try CacheInventory(directory: directory).entries == 60)
    }

    @Test func aHitMakesItsPackRecentlyUsed() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.run(directory, Self.v1)
        let pack = try #require(try CacheInventory(directory: directory).packs.first)
        try Self.age(pack.path, by: 3 * 86_400)
        #expect(try CacheInventory(directory: directory).selected(by: CachePrunePolicy(unusedFor: 86_400)).count == 1)
        #expect(try Self.run(directory, Self.v1) == 60)
        #expect(try CacheInventory(directory: directory).selected(by: CachePrunePolicy(unusedFor: 86_400)).isEmpty)
    }

    @Test func pruningByAgeAndToASizeGoesLeastRecentlyUsedFirst() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let versions = (0..<3).map { ExtractorVersion(components: [KeywordExtractor()].map(PipelineComponent.extractor), salt: "age \($0)") }
        for version in versions { try Self.run(directory, version) }
        let packs = try CacheInventory(directory: directory).packs
        #expect(packs.count == 3)
        // Oldest: version 0 (5 days), then 2 (3 days), then 1 (used now).
        let byVersion = Dictionary(uniqueKeysWithValues: packs.map { ($0.version!, $0) })
        let tag = { (index: Int) in CacheInventory.versionTag(versions[index].key) }
        try Self.age(byVersion[tag(0)]!.path, by: 5 * 86_400)
        try Self.age(byVersion[tag(2)]!.path, by: 3 * 86_400)
        let inventory = try CacheInventory(directory: directory)
        #expect(inventory.packs.map(\.version) == [tag(0), tag(2), tag(1)])
        #expect(inventory.selected(by: CachePrunePolicy(unusedFor: 4 * 86_400)).map(\.version) == [tag(0)])
        #expect(inventory.selected(by: CachePrunePolicy(unusedFor: 86_400)).map(\.version) == [tag(0), tag(2)])
        // To a size: the one newest pack fits, the two older go.
        let newest = byVersion[tag(1)]!.bytes
        let bySize = inventory.prune(CachePrunePolicy(maxBytes: newest))
        #expect(bySize.removed.map(\.version) == [tag(0), tag(2)])
        let after = try CacheInventory(directory: directory)
        #expect(after.bytes == newest && after.packs.map(\.version) == [tag(1)])
        #expect(after.prune(CachePrunePolicy(maxBytes: newest)).removed.isEmpty)
    }

    @Test func aFolderThatIsNotACacheIsRefusedAndLeftAlone() throws {
        let directory = BatchFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let packs = directory.appendingPathComponent("packs")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        let file = packs.appendingPathComponent("precious.pack")
        try Data("mine".utf8).write(to: file)
        #expect(throws: ExtractionCacheError.self) { try CacheInventory(directory: directory) }
        #expect(FileManager.default.fileExists(atPath: file.path))
        #expect(try CacheInventory(directory: directory.appendingPathComponent("absent")).packs.isEmpty)
    }

    @Test func packNamesCarryTheVersionTag() {
        #expect(CacheInventory.version(ofPackNamed: "1796649417893364197-2095-5bf02dbae955e535.pack") == "5bf02dbae955e535")
        #expect(CacheInventory.version(ofPackNamed: "1796649417893364197-2095.pack") == nil)
        #expect(CacheInventory.version(ofPackNamed: "1796649417893364197-2095-notahexversion!.pack") == nil)
    }
}
