/// How a file's bytes become documents: a compression (possibly none) around one text
/// document or JSON Lines, decided by its name (and by its first bytes: `DocumentReader`).
struct InputFormat: Equatable, Sendable {
    /// What the (decompressed) bytes hold.
    enum Content: Equatable, Sendable {
        /// One document per file, any supported encoding (`.txt`).
        case text
        /// One document per line, UTF-8 JSON (`.jsonl`, `.ndjson`, `.json`).
        case jsonLines
        /// Named without a known extension: JSON Lines when the first significant byte
        /// is `{`, else one text document.
        case sniffed
    }

    var compression: Compression
    var content: Content

    init(compression: Compression = .none, content: Content) {
        self.compression = compression
        self.content = content
    }

    static let text = InputFormat(content: .text)
    static let jsonLines = InputFormat(content: .jsonLines)
    static let sniffed = InputFormat(content: .sniffed)
    static let gzipText = InputFormat(compression: .gzip, content: .text)
    static let gzipJSONLines = InputFormat(compression: .gzip, content: .jsonLines)

    /// Extensions of JSON Lines archives (a `.json` file holding one object a line is JSON Lines).
    static let jsonLinesExtensions = [".jsonl", ".ndjson", ".json"]

    /// The format of a file met while walking a directory: `.txt`, `.jsonl`, `.ndjson`,
    /// `.json`, each also compressed (`.gz`, `.bz2`, `.xz`, `.lzma`, `.zst`; `.lz4` is
    /// recognised to be rejected), case-insensitive; other names are skipped (nil).
    init?(directoryEntry name: String) {
        var inner = name.lowercased()
        var compression = Compression.none
        if let (found, length) = Compression.of(lowercasedName: inner) {
            compression = found
            inner.removeLast(length)
        }
        if Self.jsonLinesExtensions.contains(where: inner.hasSuffix) {
            self.init(compression: compression, content: .jsonLines)
        } else if inner.hasSuffix(".txt") {
            self.init(compression: compression, content: .text)
        } else {
            return nil
        }
    }

    /// The format of a file named on the command line: a known extension; else a
    /// compressed file whose content is sniffed (`dump.gz`, `archive.xz`); else sniffed.
    init(explicitPath path: String) {
        if let known = InputFormat(directoryEntry: path) { self = known; return }
        let compression = Compression.of(lowercasedName: path.lowercased())?.compression ?? .none
        self.init(compression: compression, content: .sniffed)
    }

    /// The document id of a text file: its name without directory and without
    /// `.txt`, `.txt.gz`, `.gz` or any other last extension.
    static func documentID(forTextFile path: String) -> String {
        var name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        if let (_, length) = Compression.of(lowercasedName: name.lowercased()), name.count > length {
            name.removeLast(length)
            if name.lowercased().hasSuffix(".txt") && name.count > 4 { name.removeLast(4) }
            return name
        }
        if name.lowercased().hasSuffix(".txt") && name.count > 4 {
            name.removeLast(4)
            return name
        }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            name = String(name[..<dot])
        }
        return name
    }
}
