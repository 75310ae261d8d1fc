import Crypto
import Foundation
import KhaosanIO

/// SHA-256 digests of files, remembered across runs in one small file keyed by each
/// file's path, size, inode, modification and status-change times: the cache version
/// hashes the executable and the bundled resources (~20 MB, ~0.15 s) on every run, so a
/// warm cache was slower than none on small inputs. A file whose status differs in any
/// of these is hashed again; the memo is advisory (a damaged one is only a miss).
public final class FileDigestMemo: @unchecked Sendable {
    private let memoFile: URL?
    private var known: [String: (stamp: String, digest: String)] = [:]
    private var changed = false
    private let lock = NSLock()

    /// A memo stored in `memoFile` (nil: nothing remembered, every file is hashed).
    public init(memoFile: URL?) {
        self.memoFile = memoFile
        guard let memoFile, let text = try? String(contentsOf: memoFile, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, fields[0].utf8.count == 64 else { continue }
            known[fields[2]] = (fields[1], fields[0])
        }
    }

    /// The hex SHA-256 of the file at `path`, or nil when it cannot be read.
    public func hex(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let stamp = "\(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
        lock.lock()
        let remembered = known[path]
        lock.unlock()
        if let remembered, remembered.stamp == stamp { return remembered.digest }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let digest = SHA256.hex(bytes: data)
        lock.lock()
        known[path] = (stamp, digest)
        changed = true
        lock.unlock()
        return digest
    }

    /// Writes the memo back (atomically) when a digest was computed; failures are ignored.
    public func save() {
        lock.lock()
        defer { lock.unlock() }
        guard changed, let memoFile, !known.keys.contains(where: { $0.contains("\n") || $0.contains("\t") }) else { return }
        let text = known.sorted { $0.key < $1.key }.map { "\($0.value.digest)\t\($0.value.stamp)\t\($0.key)\n" }.joined()
        try? AtomicFile.write(Data(text.utf8), to: memoFile.path)
        changed = false
    }
}
