/// How a file's bytes become documents, decided by its name (and, for a name without a
/// known extension, by its first bytes: `DocumentReader`).
enum InputFormat: Equatable, Sendable {
    /// One document per file, any supported encoding (`.txt`).
    case text
    /// One document per line, UTF-8 JSON (`.jsonl`, `.ndjson`, `.json`).
    case jsonLines
    /// A gzip-compressed text document (`.txt.gz`, or any other `.gz` named explicitly).
    case gzipText
    /// Gzip-compressed JSON Lines (`.jsonl.gz`, `.ndjson.gz`, `.json.gz`).
    case gzipJSONLines
    /// A compression khaosan cannot read (`.zst`, `.bz2`, `.xz`, named by the tool that
    /// decompresses it): rejected with "unsupported compression", never read as text.
    case unsupportedCompression(String)
    /// A file named on the command line without a known extension: JSON Lines when its
    /// first significant byte is `{`, else one text document.
    case sniffed

    /// Extensions of JSON Lines archives (a `.json` file holding one object a line is JSON Lines).
    static let jsonLinesExtensions = [".jsonl", ".ndjson", ".json"]
    /// Extensions of compressions that are recognised but not read, with their tool's name.
    static let unsupportedCompressions = [(".zst", "zstd"), (".zstd", "zstd"), (".bz2", "bzip2"), (".xz", "xz"), (".lzma", "xz")]

    /// The format of a file met while walking a directory: only known extensions
    /// (`.txt`, `.jsonl`, `.ndjson`, `.json`, each also `.gz`, case-insensitive; and the
    /// unsupported compressions of these, reported); others are skipped.
    init?(directoryEntry name: String) {
        let lower = name.lowercased()
        if let (suffix, tool) = Self.unsupportedCompressions.first(where: { lower.hasSuffix($0.0) }) {
            let inner = String(lower.dropLast(suffix.count))
            guard inner.hasSuffix(".txt") || Self.jsonLinesExtensions.contains(where: inner.hasSuffix) else { return nil }
            self = .unsupportedCompression(tool)
        } else if Self.jsonLinesExtensions.contains(where: { lower.hasSuffix($0 + ".gz") }) { self = .gzipJSONLines }
        else if lower.hasSuffix(".txt.gz") { self = .gzipText }
        else if Self.jsonLinesExtensions.contains(where: lower.hasSuffix) { self = .jsonLines }
        else if lower.hasSuffix(".txt") { self = .text }
        else { return nil }
    }

    /// The format of a file named on the command line: a known extension, else an
    /// unsupported compression, else any other `.gz` is a compressed text document, and
    /// any other name is sniffed.
    init(explicitPath path: String) {
        if let known = InputFormat(directoryEntry: path) { self = known; return }
        let lower = path.lowercased()
        if let (_, tool) = Self.unsupportedCompressions.first(where: { lower.hasSuffix($0.0) }) {
            self = .unsupportedCompression(tool)
        } else {
            self = lower.hasSuffix(".gz") ? .gzipText : .sniffed
        }
    }

    var isCompressed: Bool { self == .gzipText || self == .gzipJSONLines }
    var isJSONLines: Bool { self == .jsonLines || self == .gzipJSONLines }

    /// The compression whose signature starts `bytes` and that khaosan cannot read, by tool name.
    static func unsupportedCompression(signature bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return "zstd" }
        if bytes.starts(with: [0x42, 0x5A, 0x68]), bytes.count > 3, (0x31...0x39).contains(bytes[3]) { return "bzip2" }
        if bytes.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz" }
        return nil
    }

    /// The document id of a text file: its name without directory and without
    /// `.txt`, `.txt.gz`, `.gz` or any other last extension.
    static func documentID(forTextFile path: String) -> String {
        var name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        for suffix in [".txt.gz", ".gz", ".txt"] where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            name.removeLast(suffix.count)
            return name
        }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            name = String(name[..<dot])
        }
        return name
    }
}
