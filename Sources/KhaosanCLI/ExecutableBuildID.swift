import Foundation

/// The GNU build id of this executable (`.note.gnu.build-id`: a hash the linker computes
/// over the linked code, 20 bytes with the default SHA-1), read from the ELF program
/// headers and notes of `/proc/self/exe` — a few KB, not the whole file. The cache version
/// uses it instead of hashing the 14 MB executable, which cost a cold cache ~50 ms a run.
enum ExecutableBuildID {
    /// The build id in lower-case hex, or nil when there is none (not ELF, not Linux).
    static let hex: String? = {
        guard let file = FileHandle(forReadingAtPath: "/proc/self/exe") else { return nil }
        defer { try? file.close() }
        return buildID(read: { offset, count in
            guard (try? file.seek(toOffset: UInt64(offset))) != nil, let data = try? file.read(upToCount: count),
                  data.count == count else { return nil }
            return [UInt8](data)
        }).map { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
    }()

    /// The build id of a 64-bit little-endian ELF file, given a reader of `count` bytes at `offset`.
    static func buildID(read: (_ offset: Int, _ count: Int) -> [UInt8]?) -> [UInt8]? {
        guard let header = read(0, 64), header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]) else { return nil }
        let programHeaders = integer(header, at: 32, size: 8)
        let entrySize = integer(header, at: 54, size: 2)
        let count = integer(header, at: 56, size: 2)
        guard entrySize >= 56, count < 4096, let table = read(programHeaders, entrySize * count) else { return nil }
        for index in 0..<count where integer(table, at: index * entrySize, size: 4) == 4 {   // PT_NOTE
            let offset = integer(table, at: index * entrySize + 8, size: 8)
            let size = integer(table, at: index * entrySize + 32, size: 8)
            guard size < 1 << 20, let notes = read(offset, size) else { continue }
            // Each note: name size, descriptor size, type (4 bytes each), name and descriptor padded to 4.
            var position = 0
            while position + 12 <= notes.count {
                let nameSize = integer(notes, at: position, size: 4)
                let descriptorSize = integer(notes, at: position + 4, size: 4)
                let type = integer(notes, at: position + 8, size: 4)
                let name = position + 12
                let descriptor = name + ((nameSize + 3) & ~3)
                guard descriptor + descriptorSize <= notes.count else { break }
                if type == 3, nameSize == 4, Array(notes[name..<(name + 4)]) == Array("GNU\0".utf8), descriptorSize >= 8 {
                    return Array(notes[descriptor..<(descriptor + descriptorSize)])   // NT_GNU_BUILD_ID
                }
                position = descriptor + ((descriptorSize + 3) & ~3)
            }
        }
        return nil
    }

    private static func integer(_ bytes: [UInt8], at offset: Int, size: Int) -> Int {
        guard offset + size <= bytes.count else { return 0 }
        return bytes[offset..<(offset + size)].reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}
