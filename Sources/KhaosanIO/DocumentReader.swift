import Foundation
import KhaosanCore

/// Reads documents from files, directories and stdin, streaming one item at a
/// time: JSON Lines are read line by line and gzip is decompressed as a stream,
/// so memory is bounded by the longest document, not by the archive.
///
/// Inputs:
/// - a directory: its files, recursively, in sorted order (`InputFileWalker`),
///   with the extensions `.txt`, `.jsonl`, `.ndjson`, `.json`, each also compressed;
/// - compressed files: `.gz` (zlib), `.bz2`, `.xz`/`.lzma`, `.zst` (`CompressedByteSource`),
///   told by the name or, whatever the name, by the signature in the first bytes; the
///   content inside is read as below (`archive.jsonl.xz` is JSON Lines);
/// - `.txt` (or any name without a known extension, or another compressed name
///   named explicitly, its content sniffed): one document, id = file name without extension, encoding
///   detected (`SourceTextDecoder`: UTF-8 with or without BOM, UTF-16 with BOM,
///   TIS-620 / windows-874);
/// - `.jsonl`, `.ndjson`, `.json` and their `.gz`: one UTF-8 JSON document per line
///   (`JSONLRecordDecoder`); blank lines are skipped;
/// - a name without a known extension, named explicitly: JSON Lines if its first
///   significant byte is `{`, else one text document;
/// - `.lz4` (by name or signature): rejected as "unsupported compression";
/// - `-`: stdin. Its format is sniffed: if the first byte that is not
///   whitespace (after an optional UTF-8 BOM) is `{`, stdin is JSON Lines
///   (ids default to `stdin:<line>`); otherwise all of stdin is one text
///   document with id `stdin`, its encoding detected as for a `.txt` file.
///   Compressed stdin is rejected with a hint (name the file instead).
/// Paths are `RawPath`s: a file name that is not UTF-8 is read, and shown in ids and
/// messages with its foreign bytes as `%XX`.
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
    public static let emptyDirectoryReason = "no input files in this directory (.txt, .jsonl, .ndjson, .json, each also .gz)"

    /// Calls `body` for each document or rejection, in input order.
    public func forEach(_ body: (IngestItem) throws -> Void) throws {
        for path in paths {
            if path == "-" {
                try readStandardInput(body)
                continue
            }
            var info = stat()
            guard RawPath.withCString(path, { stat($0, &info) }) == 0 else {
                try body(.rejected(InputError(location: RawPath.display(path), reason: "no such file or directory")))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                let entries = InputFileWalker.entries(in: path, excluding: excluded)
                if entries.isEmpty {
                    // Like an empty file: a directory named as input that yields nothing is reported,
                    // not silently turned into an empty graph.
                    try body(.rejected(InputError(location: RawPath.display(path), reason: Self.emptyDirectoryReason)))
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

    /// Reads one file. `path` is a `RawPath` (opened with its bytes); ids and messages show
    /// it with `RawPath.display`.
    private func readFile(_ path: String, format: InputFormat, _ body: (IngestItem) throws -> Void) throws {
        let shown = RawPath.display(path)
        var format = format
        if case .unsupported(let tool) = format.compression {
            try body(.rejected(InputError(location: shown, reason: Self.unsupportedCompressionReason(tool))))
            return
        }
        var opened: ByteSource
        do {
            opened = try Self.open(path, format.compression)
        } catch let error as ByteSourceError {
            try body(.rejected(InputError(location: shown, reason: "cannot open: \(error.reason)")))
            return
        }
        // The first bytes tell a compression the name did not, and JSON Lines from text.
        // A read error here (a tiny truncated gzip) is raised again after the prefix, where
        // the readers report it with what came before.
        var (prefix, failure) = Self.readPrefix(of: opened)
        if format.compression == .none, failure == nil, let signature = Compression.of(signature: prefix) {
            if case .unsupported(let tool) = signature {
                try body(.rejected(InputError(location: shown, reason: Self.unsupportedCompressionReason(tool))))
                return
            }
            format.compression = signature
            do {
                opened = try Self.open(path, signature)
            } catch let error as ByteSourceError {
                try body(.rejected(InputError(location: shown, reason: "cannot open: \(error.reason)")))
                return
            }
            (prefix, failure) = Self.readPrefix(of: opened)
        }
        let source = PrefixedByteSource(prefix: prefix, rest: failure.map { FailedByteSource(error: $0) } ?? opened)
        let fileName = (shown as NSString).lastPathComponent
        if format.content == .jsonLines || (format.content == .sniffed && Self.firstSignificantByte(of: prefix) == UInt8(ascii: "{")) {
            let reader = JSONLinesReader(decoder: JSONLRecordDecoder(fileName: fileName, inputLocation: shown), location: shown)
            try reader.read(LineReader(source: source), body)
        } else {
            try body(TextDocumentReader.read(source, id: InputFormat.documentID(forTextFile: shown), location: shown))
        }
    }

    /// The byte source of `path` decompressed with `compression` (none, gzip, bzip2, xz, zstd).
    static func open(_ path: String, _ compression: Compression) throws -> ByteSource {
        switch compression {
        case .none, .unsupported: return try FileByteSource(path: path)
        case .gzip: return try GzipByteSource(path: path)
        case .bzip2, .xz, .zstd: return try CompressedByteSource(path: path, compression: compression)
        }
    }

    static func unsupportedCompressionReason(_ tool: String) -> String {
        "unsupported compression (\(tool)): decompress it first, e.g. `\(tool) -dc FILE | khaosan build -`"
    }

    /// Up to 4 KiB from the start of `source` (less only at its end), and the error that
    /// stopped the reading, if one did.
    static func readPrefix(of source: ByteSource) -> ([UInt8], Error?) {
        var prefix = [UInt8](repeating: 0, count: 4096)
        var count = 0
        var failure: Error?
        while count < prefix.count {
            do {
                let read = try prefix.withUnsafeMutableBytes {
                    try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[count...]))
                }
                if read == 0 { break }
                count += read
            } catch {
                failure = error
                break
            }
        }
        prefix.removeLast(prefix.count - count)
        return (prefix, failure)
    }

    /// The first byte that is not whitespace, after an optional UTF-8 BOM.
    static func firstSignificantByte(of bytes: [UInt8]) -> UInt8? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes[start...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
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
            try body(.rejected(InputError(location: location, reason: error.reason)))
            return
        }
        if let compression = Compression.of(signature: prefix) {
            let tool = compression.tool
            try body(.rejected(InputError(location: location,
                                           reason: "\(tool)-compressed input on stdin is not supported; name the file or pipe it through \(tool) -dc")))
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
