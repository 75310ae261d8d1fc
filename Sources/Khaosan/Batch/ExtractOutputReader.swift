import Foundation

/// Reads `khaosan extract` output (a file, or stdin for `-`) line by line in chunks, without loading it
/// whole. Lines are split at `\n`; a trailing `\r` is dropped; empty lines are skipped.
public struct ExtractOutputReader {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Calls `body` with each non-empty line and its 1-based line number.
    public func forEach(_ body: (Data, Int) throws -> Void) throws {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IngestError(location: path, reason: "no such file or directory")
            }
            guard !isDirectory.boolValue else {
                throw IngestError(location: path, reason: "is a directory, not a `khaosan extract` output")
            }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw IngestError(location: path, reason: "cannot open file")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var pending = Data()
        var number = 0
        func emit(_ line: Data) throws {
            number += 1
            var line = line
            if line.last == 0x0D { line.removeLast() }
            if !line.isEmpty { try body(line, number) }
        }
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                try emit(pending[start..<newline])
                start = newline + 1
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty { try emit(pending) }
    }
}
