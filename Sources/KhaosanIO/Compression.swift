/// A compression around an input file, told by its name or by its first bytes.
enum Compression: Equatable, Sendable {
    case none
    /// zlib (`GzipByteSource`).
    case gzip
    /// libbz2, libzstd and liblzma (`CompressedByteSource`).
    case bzip2, xz, zstd
    /// Recognised but not read: rejected with "unsupported compression (TOOL)".
    case unsupported(tool: String)

    /// Extensions (lower-case, with the dot) and what they mean; `.lzma` is xz's older format.
    static let extensions: [(suffix: String, compression: Compression)] = [
        (".gz", .gzip), (".bz2", .bzip2), (".xz", .xz), (".lzma", .xz), (".zst", .zstd), (".zstd", .zstd),
        (".lz4", .unsupported(tool: "lz4")),
    ]

    /// The compression of a lower-cased file name and the length of its suffix, or nil.
    static func of(lowercasedName name: String) -> (compression: Compression, suffixLength: Int)? {
        extensions.first { name.hasSuffix($0.suffix) }.map { ($0.compression, $0.suffix.count) }
    }

    /// The compression whose signature (magic number) starts `bytes`, or nil.
    static func of(signature bytes: [UInt8]) -> Compression? {
        if bytes.starts(with: [0x1F, 0x8B]) { return .gzip }
        if bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if bytes.starts(with: [0x42, 0x5A, 0x68]), bytes.count > 3, (0x31...0x39).contains(bytes[3]) { return .bzip2 }
        if bytes.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if bytes.starts(with: [0x04, 0x22, 0x4D, 0x18]) { return .unsupported(tool: "lz4") }
        return nil
    }

    /// The command-line tool that decompresses it ("gzip", "xz" …); "" for none.
    var tool: String {
        switch self {
        case .none: return ""
        case .gzip: return "gzip"
        case .bzip2: return "bzip2"
        case .xz: return "xz"
        case .zstd: return "zstd"
        case .unsupported(let tool): return tool
        }
    }
}
