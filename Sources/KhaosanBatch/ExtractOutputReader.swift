import Foundation
import KhaosanIO
import KhaosanCore

/// Reads `khaosan extract` output (a file, or stdin for `-`) line by line with `LineReader`,
/// without loading it whole; a `.gz`, `.bz2`, `.xz` or `.zst` file (by name or by its first
/// bytes) is decompressed. Lines are split at `\n`; a trailing `\r` is dropped; empty lines are
/// skipped.
public struct ExtractOutputReader {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Calls `body` with each non-empty line and its 1-based line number. Returns true when
    /// the last line has no newline: the output was cut (a writer always ends a line).
    /// - Throws: `InputError` naming the file when it is missing, a directory, unreadable or
    ///   breaks off (a read or decompression error); what `body` throws.
    @discardableResult
    public func forEach(_ body: (Data, Int) throws -> Void) throws -> Bool {
        if path != "-" {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(location: path, reason: "no such file or directory")
            }
            guard !isDirectory.boolValue else {
                throw InputError(location: path, reason: "is a directory, not a `khaosan extract` output")
            }
        }
        let reader = try LineReader.open(path: path)
        let end = try reader.forEachLine { number, line in
            if !line.isEmpty { try body(Data(buffer: line), number) }
        }
        if case .failed(let reason, let lineNumber, _, _) = end {
            throw InputError(location: path, reason: "\(reason) (at line \(lineNumber))")
        }
        return reader.lastLineUnterminated
    }
}
