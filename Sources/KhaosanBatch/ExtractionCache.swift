import CICU
import Crypto
import Foundation
import KhaosanIO

/// A file store of per-document extraction results, keyed by a hash of the
/// document's content and the extractor version (`ExtractionCacheKey`).
///
/// Layout under `directory`: `khaosan-cache.json` (the manifest: format and
/// schema) and `entries/ab/cdef…` (one file per result, sharded by the first
/// two hex digits of its key). Each entry is `magic + SHA-256(payload) + payload`
/// and is written atomically (temporary file + rename), so concurrent readers
/// and writers — threads or processes — never see half an entry.
///
/// The manifest is the marker of a khaosan cache: a folder that has none and is not
/// empty is refused (`ExtractionCacheError.notACache`) and nothing in it is touched.
/// Nothing read is trusted, but nothing is deleted wholesale either: every entry carries
/// its own checksum and key, so a damaged or outdated manifest is rewritten and costs
/// only the entries that fail their check; such an entry is a miss (counted as corrupt)
/// and is overwritten by the fresh result.
///
/// Entries are written to `tmp/<pid>-<n>` and renamed into place, without an fsync each
/// (that cost 1.8× on a cold run): `synchronize()` flushes the whole cache once, at the
/// end of a batch; an entry lost or torn by a crash before that fails its checksum and
/// is extracted again. Temporary files of processes that no longer run are removed when
/// the cache is opened.
public final class ExtractionCache: @unchecked Sendable {
    /// The manifest's exact bytes; anything else is a foreign or older cache.
    static let manifest = Data("{\"format\":\"khaosan-extraction-cache\",\"schema\":1}\n".utf8)
    static let manifestName = "khaosan-cache.json"
    static let entriesName = "entries"
    static let temporariesName = "tmp"
    /// First bytes of every entry file.
    static let magic = Data("KHSNEXC2".utf8)

    public let directory: URL
    /// Documents with less UTF-8 text than this are neither looked up nor stored: their
    /// extraction costs less than reading, checking and decoding an entry (0: all cached).
    public var minimumBytes = 0
    /// The `minimumBytes` the commands use: 512 bytes, about one Thai sentence (at 3,000
    /// documents of 155 bytes a warm cache cost 1.2× no cache; real articles average 9 KB).
    public static let defaultMinimumBytes = 512
    /// Why the cache was (re)built when opened, or nil if it was valid.
    public let rebuildReason: String?
    private let entries: URL
    private let temporaries: URL
    private let lock = NSLock()
    private var tally = ExtractionCacheCounters()
    private var temporaryNumber = 0

    /// Opens (creating as needed) the cache in `directory`; throws
    /// `ExtractionCacheError.notACache` for a non-empty folder without the manifest.
    public init(directory: URL) throws {
        self.directory = directory
        entries = directory.appendingPathComponent(Self.entriesName)
        temporaries = directory.appendingPathComponent(Self.temporariesName)
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
        try fileManager.createDirectory(at: temporaries, withIntermediateDirectories: true)
        removeAbandonedTemporaries()
        for shard in 0..<256 {
            try fileManager.createDirectory(at: entries.appendingPathComponent(Self.shardName(shard)),
                                            withIntermediateDirectories: true)
        }
    }

    /// Flushes every entry written so far to disk (one `syncfs`, not an fsync per entry).
    public func synchronize() {
        let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = cicu_sync_filesystem(descriptor)
        close(descriptor)
    }

    /// Removes `tmp/<pid>-<n>` files of processes that no longer run.
    private func removeAbandonedTemporaries() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: temporaries.path) else { return }
        for name in names {
            guard let pid = name.split(separator: "-").first.flatMap({ pid_t($0) }), pid != getpid(),
                  !ProcessLiveness.isRunning(pid) else { continue }
            unlink(temporaries.appendingPathComponent(name).path)
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

    /// Stores `entry` under `entry.key`, atomically (a temporary file renamed into place;
    /// no fsync: see `synchronize()`). Failures are counted, not thrown: a cache that
    /// cannot be written only costs speed.
    public func store(_ entry: CachedExtraction) {
        guard let data = try? Self.encode(entry) else { return count { $0.writeFailures += 1 } }
        let temporary = temporaries.appendingPathComponent("\(getpid())-\(nextTemporaryNumber())").path
        let written = data.withUnsafeBytes { bytes -> Bool in
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        if written && rename(temporary, entryURL(entry.key).path) == 0 {
            count { $0.writes += 1 }
        } else {
            unlink(temporary)
            count { $0.writeFailures += 1 }
        }
    }

    private func nextTemporaryNumber() -> Int {
        lock.lock()
        defer { lock.unlock() }
        temporaryNumber += 1
        return temporaryNumber
    }

    /// The file of `key` (exposed for tests that damage entries).
    public func entryURL(_ key: String) -> URL {
        let shard = String(key.prefix(2))
        return entries.appendingPathComponent(shard).appendingPathComponent(String(key.dropFirst(2)))
    }

    /// `magic + SHA-256(payload) + payload`, the payload being the key, a newline and the
    /// extraction's line (`ExtractionJSON.line`: the hand-written writer, not JSONEncoder,
    /// which made a cold cache cost 1.6× no cache).
    static func encode(_ entry: CachedExtraction) throws -> Data {
        var payload = Data(entry.key.utf8)
        payload.append(0x0A)
        payload.append(try ExtractionJSON.line(entry.extraction))
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
        guard SHA256.digest(payload).elementsEqual(checksum),
              let newline = payload.firstIndex(of: 0x0A) else { return nil }
        let key = String(decoding: payload[..<newline], as: UTF8.self)
        guard let extraction = try? ExtractionJSON.parse(Data(payload[(newline + 1)...])),
              case .extraction(let document) = extraction else { return nil }
        return CachedExtraction(key: key, extraction: document)
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
