import Foundation

/// One pack file of the extraction cache: `CacheRecord`s one after the other, appended by a
/// single process (`packs/<time>-<pid>.pack`) and never rewritten.
///
/// Opening a pack scans its record headers (one small `pread` each, not the payloads), so a
/// warm run reads each payload once, when it is looked up. Bytes that are not a record — a
/// record torn by a killed run at the end, or damage in the middle — are skipped up to the
/// next record's magic; what they held is a miss, never trusted.
final class CachePack: @unchecked Sendable {
    let path: String
    let descriptor: Int32
    /// Where each record starts and its whole length (header + payload), by key, in file order.
    private(set) var records: [(key: String, offset: Int, length: Int)] = []
    /// Places where bytes were not a record (damage or a torn end).
    private(set) var damagedStretches = 0

    /// Opens the pack at `path` for reading (`writable`: also for appending) and indexes its
    /// records; `create` makes a new, empty pack (failing if the file exists).
    init?(path: String, writable: Bool = false, create: Bool = false) {
        let flags = (writable ? O_RDWR | O_APPEND : O_RDONLY) | (create ? O_CREAT | O_EXCL : 0) | O_CLOEXEC
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else { return nil }
        self.path = path
        self.descriptor = descriptor
        if !create { scan() }
    }

    deinit {
        close(descriptor)
    }

    /// The bytes of the record at `offset`, `length` long, or nil when they cannot be read.
    func read(offset: Int, length: Int) -> Data? {
        var data = Data(count: length)
        let count = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, length, off_t(offset)) }
        return count == length ? data : nil
    }

    /// Indexes the records. Each damage counts once in `damagedStretches`: a record whose
    /// end is not followed by another record is checked whole (its checksum), so that a wrong
    /// length and garbage after a good record are told apart.
    private func scan() {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return }
        let size = Int(info.st_size)
        var offset = 0
        var header = [UInt8](repeating: 0, count: CacheRecord.headerLength + CacheRecord.keyLength + 1)
        while offset + CacheRecord.headerLength <= size {
            let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
            let bytes = header[0..<max(0, count)]
            var searchFrom = offset
            if let (length, _) = CacheRecord.header(bytes), let key = CacheRecord.key(inRecord: bytes) {
                let end = offset + CacheRecord.headerLength + length
                if end == size || (end < size && startsWithMagic(at: end)) {
                    records.append((key, offset, end - offset))
                    if end == size { return }
                    offset = end
                    continue
                }
                damagedStretches += 1
                if end < size, let record = read(offset: offset, length: end - offset), CacheRecord.decode(record) != nil {
                    records.append((key, offset, end - offset))   // good; the bytes after it are not
                    searchFrom = end - 1
                }
            } else {
                damagedStretches += 1
            }
            guard let next = nextMagic(after: searchFrom) else { return }
            offset = next
        }
        if offset < size { damagedStretches += 1 }
    }

    private func startsWithMagic(at offset: Int) -> Bool {
        var bytes = [UInt8](repeating: 0, count: CacheRecord.magic.count)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
        return count == bytes.count && bytes == CacheRecord.magic
    }

    /// The offset of the first magic after `offset`, reading 64 KiB at a time.
    private func nextMagic(after offset: Int) -> Int? {
        let magic = CacheRecord.magic
        var start = offset + 1
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(start)) }
            guard count >= magic.count else { return nil }
            for index in 0...(count - magic.count) where chunk[index] == magic[0] {
                if chunk[index..<(index + magic.count)].elementsEqual(magic) { return start + index }
            }
            start += count - magic.count + 1
        }
    }
}
