import Foundation
import KhaosanIO

/// A file store of per-document extraction results, keyed by a hash of the
/// document's content and the extractor version (`ExtractionCacheKey`).
///
/// Layout under `directory`: `khaosan-cache.json` (the manifest: format and schema) and
/// `packs/<time>-<pid>-<version>.pack`, append-only files of `CacheRecord`s, one per process
/// and extractor version that stored anything (`<version>`: the first 16 hex digits of the
/// `ExtractorVersion` key, so that `CacheInventory` can count and prune by version without
/// reading records; packs of earlier builds have no version in their name). A run appends each new result to its own pack with one `write` (no
/// file created per entry: that cost a cold run 1.3–1.7× no cache on ext4) and makes it
/// durable once, at the end of the batch (`synchronize()`: one `fdatasync`). The first
/// lookup or store indexes the records of every pack (their headers only); a lookup reads
/// one record.
/// Processes never write to each other's packs, so concurrent runs on one cache are safe.
/// A pack's modification time is when it was last used: written, or read for a hit (touched
/// by `synchronize()`), which is the age `CacheInventory.prune` goes by.
///
/// The manifest is the marker of a khaosan cache: a folder that has none and is not
/// empty is refused (`ExtractionCacheError.notACache`) and nothing in it is touched.
/// Nothing read is trusted, but nothing is deleted either: every record carries its own
/// checksum and key, so a damaged or outdated manifest is rewritten and costs only the
/// records that fail their check; such a record is a miss (counted as corrupt) and the
/// fresh result is appended. A record torn by a crash before `synchronize()` is skipped.
/// Files of the earlier layout (`entries/`, `tmp/`: schema 1, one file per entry) are left
/// alone and not read: their keys named an older executable, so none could be a hit.
public final class ExtractionCache: @unchecked Sendable {
    /// The manifest's exact bytes; anything else is a foreign or older cache.
    static let manifest = Data("{\"format\":\"khaosan-extraction-cache\",\"schema\":2}\n".utf8)
    static let manifestName = "khaosan-cache.json"
    static let packsName = "packs"

    public let directory: URL
    /// Documents with less UTF-8 text than this are neither looked up nor stored: their
    /// extraction costs less than reading, checking and decoding an entry (0: all cached).
    public var minimumBytes = 0
    /// The `minimumBytes` the commands use: 512 bytes, about one Thai sentence (at 3,000
    /// documents of 155 bytes a warm cache cost 1.2× no cache; real articles average 9 KB).
    public static let defaultMinimumBytes = 512
    /// Why the cache was (re)built when opened, or nil if it was valid.
    public let rebuildReason: String?
    private let packsDirectory: String
    private var packs: [CachePack] = []
    /// Records by key, as (pack index, offset, length); the newest last.
    private var index: [String: [(pack: Int, offset: Int, length: Int)]] = [:]
    /// This process's packs by version tag, each made at the first store of its version.
    private var ownPacks: [String: (pack: CachePack, index: Int)] = [:]
    private var ownPackFailed = false
    /// Indexes into `packs` of the packs that served a hit in this process.
    private var packsHit: Set<Int> = []
    private var indexed = false
    private let lock = NSLock()
    private var tally = ExtractionCacheCounters()

    /// Opens (creating as needed) the cache in `directory`; throws
    /// `ExtractionCacheError.notACache` for a non-empty folder without the manifest.
    public init(directory: URL) throws {
        self.directory = directory
        packsDirectory = directory.appendingPathComponent(Self.packsName).path
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        let manifestURL = directory.appendingPathComponent(Self.manifestName)
        var reason: String?
        if fileManager.fileExists(atPath: manifestURL.path) {
            if (try? Data(contentsOf: manifestURL)) != Self.manifest {
                reason = "damaged or outdated manifest; rewritten, entries kept and checked one by one"
                try Self.manifest.write(to: manifestURL, options: .atomic)
            }
        } else {
            let present = try fileManager.contentsOfDirectory(atPath: directory.path)
            guard present.isEmpty else { throw ExtractionCacheError.notACache(directory: directory.path) }
            try Self.manifest.write(to: manifestURL, options: .atomic)
        }
        rebuildReason = reason
        try fileManager.createDirectory(atPath: packsDirectory, withIntermediateDirectories: true)
    }

    /// Indexes the records of every pack, once, at the first lookup or store (the caller
    /// holds `lock`): a run whose documents are all too small to cache never reads the packs.
    private func indexIfNeeded() {
        guard !indexed else { return }
        indexed = true
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: packsDirectory)) ?? [])
            .filter { $0.hasSuffix(".pack") }.sorted()
        for name in names {
            guard let pack = CachePack(path: packsDirectory + "/" + name) else { continue }
            tally.corrupt += pack.damagedStretches
            for record in pack.records {
                index[record.key, default: []].append((packs.count, record.offset, record.length))
            }
            packs.append(pack)
        }
    }

    /// Makes every record stored so far durable: one `fdatasync` of each of this process's
    /// packs and one `fsync` of the pack folder (their new names), not one per entry. Also
    /// sets the modification time of every pack that served a hit to now (it was used).
    public func synchronize() {
        lock.lock()
        defer { lock.unlock() }
        for index in packsHit.sorted() { _ = futimens(packs[index].descriptor, nil) }
        packsHit.removeAll()
        guard !ownPacks.isEmpty else { return }
        for own in ownPacks.values { _ = fdatasync(own.pack.descriptor) }
        let folder = open(packsDirectory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return }
        _ = fsync(folder)
        close(folder)
    }

    /// Hits, misses, corrupt entries and writes so far.
    public var counters: ExtractionCacheCounters {
        lock.lock()
        defer { lock.unlock() }
        return tally
    }

    /// The stored result for `key`, or nil (a miss) if absent or not trustworthy.
    public func lookup(_ key: String) -> CachedExtraction? {
        lock.lock()
        indexIfNeeded()
        let candidates = index[key] ?? []
        let sources = candidates.map { ($0.pack, packs[$0.pack], $0.offset, $0.length) }
        lock.unlock()
        var corrupt = 0
        defer { if corrupt > 0 { count { $0.corrupt += corrupt } } }
        for (index, pack, offset, length) in sources.reversed() {
            if let record = pack.read(offset: offset, length: length),
               let entry = CacheRecord.decode(record), entry.key == key {
                lock.lock()
                tally.hits += 1
                packsHit.insert(index)
                lock.unlock()
                return entry
            }
            corrupt += 1
        }
        count { $0.misses += 1 }
        return nil
    }

    /// Appends `entry`, computed by the extractor `version`, to this process's pack of that
    /// version (one `write`; no fsync: see `synchronize()`).
    /// Failures are counted, not thrown: a cache that cannot be written only costs speed.
    public func store(_ entry: CachedExtraction, version: ExtractorVersion) {
        guard let record = try? CacheRecord.encode(entry) else { return count { $0.writeFailures += 1 } }
        lock.lock()
        defer { lock.unlock() }
        indexIfNeeded()
        guard let (pack, packIndex) = packForWriting(version: CacheInventory.versionTag(version.key)) else {
            tally.writeFailures += 1
            return
        }
        var info = stat()
        let written = fstat(pack.descriptor, &info) == 0 && record.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = write(pack.descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written else {
            // A short write leaves a torn record; later ones would follow it, so stop writing.
            ownPackFailed = true
            tally.writeFailures += 1
            return
        }
        index[entry.key, default: []].append((packIndex, Int(info.st_size), record.count))
        tally.writes += 1
    }

    /// This process's pack of the version `tag` and its index in `packs`, created on first use
    /// (`<ns since 1970>-<pid>-<tag>.pack`); nil once writing failed.
    private func packForWriting(version tag: String) -> (CachePack, Int)? {
        guard !ownPackFailed else { return nil }
        if let own = ownPacks[tag] { return own }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let name = String(format: "%010ld%09ld-%d-", now.tv_sec, now.tv_nsec, getpid()) + tag + ".pack"
        guard let pack = CachePack(path: packsDirectory + "/" + name, writable: true, create: true) else {
            ownPackFailed = true
            return nil
        }
        packs.append(pack)
        ownPacks[tag] = (pack, packs.count - 1)
        return (pack, packs.count - 1)
    }

    /// Where the newest record of `key` lies: its pack file, offset and length in bytes
    /// (for tests that damage records), or nil.
    public func recordLocation(_ key: String) -> (path: String, offset: Int, length: Int)? {
        lock.lock()
        defer { lock.unlock() }
        indexIfNeeded()
        return index[key]?.last.map { (packs[$0.pack].path, $0.offset, $0.length) }
    }

    private func count(_ change: (inout ExtractionCacheCounters) -> Void) {
        lock.lock()
        change(&tally)
        lock.unlock()
    }
}
