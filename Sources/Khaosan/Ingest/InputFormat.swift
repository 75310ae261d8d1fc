/// How a file's bytes become documents, decided by its name.
enum InputFormat: Equatable, Sendable {
    /// One document per file, any supported encoding (`.txt`).
    case text
    /// One document per line, UTF-8 JSON (`.jsonl`).
    case jsonLines
    /// A gzip-compressed text document (`.txt.gz`, or any other `.gz` named explicitly).
    case gzipText
    /// Gzip-compressed JSON Lines (`.jsonl.gz`).
    case gzipJSONLines

    /// The format of a file met while walking a directory: only known extensions
    /// (`.txt`, `.jsonl`, `.jsonl.gz`, `.txt.gz`, case-insensitive); others are skipped.
    init?(directoryEntry name: String) {
        let lower = name.lowercased()
        if lower.hasSuffix(".jsonl.gz") { self = .gzipJSONLines }
        else if lower.hasSuffix(".txt.gz") { self = .gzipText }
        else if lower.hasSuffix(".jsonl") { self = .jsonLines }
        else if lower.hasSuffix(".txt") { self = .text }
        else { return nil }
    }

    /// The format of a file named on the command line: a known extension, else
    /// any other `.gz` is a compressed text document, and any other name a text document.
    init(explicitPath path: String) {
        if let known = InputFormat(directoryEntry: path) { self = known; return }
        self = path.lowercased().hasSuffix(".gz") ? .gzipText : .text
    }

    var isCompressed: Bool { self == .gzipText || self == .gzipJSONLines }
    var isJSONLines: Bool { self == .jsonLines || self == .gzipJSONLines }

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
