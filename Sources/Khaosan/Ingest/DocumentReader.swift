import Foundation

/// Reads documents from files, directories and stdin, streaming one item at a
/// time: JSON Lines are read line by line and gzip is decompressed as a stream,
/// so memory is bounded by the longest document, not by the archive.
///
/// Inputs:
/// - a directory: its files, recursively, in sorted order (`InputFileWalker`),
///   with the extensions `.txt`, `.txt.gz`, `.jsonl`, `.jsonl.gz`;
/// - `.txt` (or any name without a known extension, or `.txt.gz` / another `.gz`
///   named explicitly): one document, id = file name without extension, encoding
///   detected (`SourceTextDecoder`: UTF-8 with or without BOM, UTF-16 with BOM,
///   TIS-620 / windows-874);
/// - `.jsonl`, `.jsonl.gz`: one UTF-8 JSON document per line (`JSONLRecordDecoder`);
///   blank lines are skipped;
/// - `-`: stdin. Its format is sniffed: if the first byte that is not
///   whitespace (after an optional UTF-8 BOM) is `{`, stdin is JSON Lines
///   (ids default to `stdin:<line>`); otherwise all of stdin is one text
///   document with id `stdin`, its encoding detected as for a `.txt` file.
///   Gzip on stdin is rejected with a hint (name the file instead).
///
/// A directory without any such file is rejected (as an empty file is). Files of
/// `excluded` (canonical paths, `CanonicalPath`: the run's own outputs) are never read
/// when met in a directory.
///
/// Every bad input becomes an `IngestItem.rejected` naming the file (and line)
/// and the reason; reading goes on with the next line or file. The only errors
/// `forEach` throws are those thrown by `body`.
public struct DocumentReader: Sendable {
    public let paths: [String]
    /// The file descriptor read for `-` (0, the process's stdin, by default).
    public let standardInput: Int32
    /// Canonical paths of files skipped when met inside a directory (the run's outputs).
    public let excluded: Set<String>

    public init(paths: [String], standardInput: Int32 = 0, excluding excluded: Set<String> = []) {
        self.paths = paths
        self.standardInput = standardInput
        self.excluded = excluded
    }

    /// Why a directory without any input file is rejected.
    public static let emptyDirectoryReason = "no input files in this directory (.txt, .txt.gz, .jsonl, .jsonl.gz)"

    /// Calls `body` for each document or rejection, in input order.
    public func forEach(_ body: (IngestItem) throws -> Void) throws {
        for path in paths {
            if path == "-" {
                try readStandardInput(body)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try body(.rejected(IngestError(location: path, reason: "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                let entries = InputFileWalker.entries(in: path, excluding: excluded)
                if entries.isEmpty {
                    // Like an empty file: a directory named as input that yields nothing is reported,
                    // not silently turned into an empty graph.
                    try body(.rejected(IngestError(location: path, reason: Self.emptyDirectoryReason)))
                }
                for entry in entries {
                    switch entry {
                    case .file(let file, let format): try readFile(file, format: format, body)
                    case .unreadable(let error): try body(.rejected(error))
                    }
                }
            } else {
                try readFile(path, format: InputFormat(explicitPath: path), body)
            }
        }
    }

    private func readFile(_ path: String, format: InputFormat, _ body: (IngestItem) throws -> Void) throws {
        let source: ByteSource
        do {
            source = format.isCompressed ? try GzipByteSource(path: path) : try FileByteSource(path: path)
        } catch let error as ByteSourceError {
            try body(.rejected(IngestError(location: path, reason: "cannot open: \(error.reason)")))
            return
        }
        let fileName = (path as NSString).lastPathComponent
        if format.isJSONLines {
            let reader = JSONLinesReader(decoder: JSONLRecordDecoder(fileName: fileName, inputLocation: path), location: path)
            try reader.read(LineReader(source: source), body)
        } else {
            try body(TextDocumentReader.read(source, id: InputFormat.documentID(forTextFile: path), location: path))
        }
    }

    private func readStandardInput(_ body: (IngestItem) throws -> Void) throws {
        let location = "<stdin>"
        let stdin = FileByteSource(descriptor: standardInput)
        var prefix: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var firstSignificant: UInt8?
        do {
            while firstSignificant == nil {
                let count = try chunk.withUnsafeMutableBytes { try stdin.read(into: $0) }
                if count == 0 { break }
                let start = prefix.count
                prefix.append(contentsOf: chunk[0..<count])
                let skipBOM = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
                firstSignificant = prefix[max(start, skipBOM)...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
            }
        } catch let error as ByteSourceError {
            try body(.rejected(IngestError(location: location, reason: error.reason)))
            return
        }
        if prefix.starts(with: [0x1F, 0x8B]) {
            try body(.rejected(IngestError(location: location,
                                           reason: "gzip-compressed input on stdin is not supported; name the .gz file or pipe it through gzip -dc")))
            return
        }
        let source = PrefixedByteSource(prefix: prefix, rest: stdin)
        if firstSignificant == UInt8(ascii: "{") {
            let reader = JSONLinesReader(decoder: JSONLRecordDecoder(fileName: "stdin", inputLocation: location), location: location)
            try reader.read(LineReader(source: source), body)
        } else {
            try body(TextDocumentReader.read(source, id: "stdin", location: location))
        }
    }
}
