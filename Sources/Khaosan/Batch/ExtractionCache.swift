import Foundation

/// A file store of per-document extraction results, keyed by a hash of the
/// document's content and the extractor version (`ExtractionCacheKey`).
///
/// Layout under `directory`: `khaosan-cache.json` (the manifest: format and
/// schema) and `entries/ab/cdef…` (one file per result, sharded by the first
/// two hex digits of its key). Each entry is `magic + SHA-256(payload) + payload`
/// and is written atomically (temporary file + rename), so concurrent readers
/// and writers — threads or processes — never see half an entry.
///
/// Nothing read is trusted: a missing or foreign manifest discards `entries/`
/// and starts afresh; an entry with a wrong magic, checksum, key or JSON is a
/// miss (counted as corrupt) and is overwritten by the fresh result.
public final class ExtractionCache: @unchecked Sendable {
    /// The manifest's exact bytes; anything else is a foreign or older cache.
    static let manifest = Data("{\"format\":\"khaosan-extraction-cache\",\"schema\":1}\n".utf8)
    static let manifestName = "khaosan-cache.json"
    static let entriesName = "entries"
    /// First bytes of every entry file.
    static let magic = Data("KHSNEXC1".utf8)

    public let directory: URL
    /// Why the cache was (re)built when opened, or nil if it was valid.
    public let rebuildReason: String?
    private let entries: URL
    private let lock = NSLock()
    private var tally = ExtractionCacheCounters()

    /// Opens (creating or rebuilding as needed) the cache in `directory`.
    public init(directory: URL) throws {
        self.directory = directory
        entries = directory.appendingPathComponent(Self.entriesName)
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        let manifestURL = directory.appendingPathComponent(Self.manifestName)
        let found = try? Data(contentsOf: manifestURL)
        var reason: String?
        if found == nil {
            if fileManager.fileExists(atPath: entries.path) { reason = "manifest missing" }
        } else if found != Self.manifest {
            reason = "foreign or outdated manifest"
        }
        if reason != nil || found == nil {
            if fileManager.fileExists(atPath: entries.path) { try fileManager.removeItem(at: entries) }
            try Self.manifest.write(to: manifestURL, options: .atomic)
        }
        rebuildReason = reason
        for shard in 0..<256 {
            try fileManager.createDirectory(at: entries.appendingPathComponent(Self.shardName(shard)),
                                            withIntermediateDirectories: true)
        }
    }

    /// Hits, misses, corrupt entries and writes so far.
    public var counters: ExtractionCacheCounters {
        lock.lock()
        defer { lock.unlock() }
        return tally
    }

    /// The stored result for `key`, or nil (a miss) if absent or not trustworthy.
    public func lookup(_ key: String) -> CachedExtraction? {
        let url = entryURL(key)
        guard let data = try? Data(contentsOf: url) else {
            count { $0.misses += 1 }
            return nil
        }
        guard let entry = Self.decode(data), entry.key == key else {
            count { $0.misses += 1; $0.corrupt += 1 }
            return nil
        }
        count { $0.hits += 1 }
        return entry
    }

    /// Stores `entry` under `entry.key`, atomically. Failures are counted, not thrown:
    /// a cache that cannot be written only costs speed.
    public func store(_ entry: CachedExtraction) {
        guard let data = try? Self.encode(entry) else { return count { $0.writeFailures += 1 } }
        do {
            try data.write(to: entryURL(entry.key), options: .atomic)
            count { $0.writes += 1 }
        } catch {
            count { $0.writeFailures += 1 }
        }
    }

    /// The file of `key` (exposed for tests that damage entries).
    public func entryURL(_ key: String) -> URL {
        let shard = String(key.prefix(2))
        return entries.appendingPathComponent(shard).appendingPathComponent(String(key.dropFirst(2)))
    }

    static func encode(_ entry: CachedExtraction) throws -> Data {
        let payload = try ExtractionJSON.encoder().encode(entry)
        var data = magic
        data.append(contentsOf: SHA256.digest(payload))
        data.append(payload)
        return data
    }

    static func decode(_ data: Data) -> CachedExtraction? {
        let headerLength = magic.count + 32
        guard data.count > headerLength, data.prefix(magic.count) == magic else { return nil }
        let checksum = data[data.startIndex + magic.count ..< data.startIndex + headerLength]
        let payload = data[(data.startIndex + headerLength)...]
        guard SHA256.digest(payload).elementsEqual(checksum) else { return nil }
        return try? JSONDecoder().decode(CachedExtraction.self, from: payload)
    }

    private static func shardName(_ shard: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[shard >> 4], digits[shard & 15]])
    }

    private func count(_ change: (inout ExtractionCacheCounters) -> Void) {
        lock.lock()
        change(&tally)
        lock.unlock()
    }
}
