import Foundation

/// What an extraction cache folder holds, pack by pack (`khaosan cache stats`), and its
/// pruning (`khaosan cache prune`, and the bound every batch run applies).
///
/// The unit is the pack (`ExtractionCache`): one run's results of one extractor version,
/// never rewritten. Pruning deletes whole packs, so a cache after `prune(maxBytes:)` may be
/// smaller than asked by up to one pack, and an entry's age is its pack's: the last time the
/// pack was written or served a hit.
public struct CacheInventory: Sendable {
    /// One pack file.
    public struct Pack: Sendable, Hashable {
        public let path: String
        /// The version tag in the file name (16 hex digits of `ExtractorVersion.key`), or nil
        /// for a pack of an earlier khaosan that did not record it.
        public let version: String?
        /// Records in the pack (damaged stretches not counted).
        public let entries: Int
        /// Size of the file in bytes.
        public let bytes: Int
        /// Last written or used for a hit (the file's modification time).
        public let lastUsed: Date
    }

    /// Totals of one extractor version.
    public struct VersionTotals: Sendable, Hashable {
        /// The version tag, nil for packs without one.
        public let version: String?
        public let packs: Int
        public let entries: Int
        public let bytes: Int
        /// The most recent `lastUsed` of its packs.
        public let lastUsed: Date
    }

    public let directory: URL
    /// The packs, oldest `lastUsed` first (ties by path).
    public let packs: [Pack]

    /// Reads the packs of the cache in `directory`.
    /// - Throws: `ExtractionCacheError.notACache` when the folder exists without the cache
    ///   manifest (nothing in it is read or touched); a missing folder is an empty cache.
    public init(directory: URL) throws {
        self.directory = directory
        let fileManager = FileManager.default
        var packs: [Pack] = []
        if fileManager.fileExists(atPath: directory.path) {
            guard fileManager.fileExists(atPath: directory.appendingPathComponent(ExtractionCache.manifestName).path) else {
                throw ExtractionCacheError.notACache(directory: directory.path)
            }
            let folder = directory.appendingPathComponent(ExtractionCache.packsName).path
            let names = ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".pack") }
            for name in names {
                let path = folder + "/" + name
                var info = stat()
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let pack = CachePack(path: path) else { continue }
                let modified = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
                packs.append(Pack(path: path, version: Self.version(ofPackNamed: name), entries: pack.records.count,
                                  bytes: Int(info.st_size), lastUsed: modified))
            }
        }
        self.packs = packs.sorted { ($0.lastUsed, $0.path) < ($1.lastUsed, $1.path) }
    }

    /// Entries in every pack.
    public var entries: Int { packs.reduce(0) { $0 + $1.entries } }
    /// Bytes of every pack.
    public var bytes: Int { packs.reduce(0) { $0 + $1.bytes } }

    /// Totals per extractor version, the most recently used first.
    public var byVersion: [VersionTotals] {
        Dictionary(grouping: packs, by: \.version).map { version, packs in
            VersionTotals(version: version, packs: packs.count, entries: packs.reduce(0) { $0 + $1.entries },
                          bytes: packs.reduce(0) { $0 + $1.bytes }, lastUsed: packs.map(\.lastUsed).max()!)
        }.sorted { ($0.lastUsed, $0.version ?? "") > ($1.lastUsed, $1.version ?? "") }
    }

    /// The version of the most recently used pack: that of the last run that used the cache.
    public var latestVersion: String? { packs.last?.version }

    /// The tag of a version in pack names: the first 16 hex digits of its key.
    public static func versionTag(_ key: String) -> String { String(key.prefix(16)) }

    /// The version tag in a pack name `<time>-<pid>-<tag>.pack`, or nil.
    static func version(ofPackNamed name: String) -> String? {
        let parts = name.dropLast(".pack".count).split(separator: "-")
        guard parts.count == 3, parts[2].count == 16, parts[2].allSatisfy(\.isHexDigit) else { return nil }
        return String(parts[2])
    }
}
