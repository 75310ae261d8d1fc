import Foundation
import KhaosanIO

/// Reads `khaosan extract` output (a file, or stdin for `-`) line by line in chunks, without loading it
/// whole. Lines are split at `\n`; a trailing `\r` is dropped; empty lines are skipped.
public struct ExtractOutputReader {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Calls `body` with each non-empty line and its 1-based line number. Returns true when
    /// the last line has no newline: the output was cut (a writer always ends a line).
    @discardableResult
    public func forEach(_ body: (Data, Int) throws -> Void) throws -> Bool {
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
        var pending: [UInt8] = []
        var number = 0
        func emit(_ line: UnsafeBufferPointer<UInt8>) throws {
            number += 1
            var line = line
            if line.last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            if !line.isEmpty { try body(Data(line), number) }
        }
        // Lines are found by scanning raw bytes (a `Data` scan costs a bounds and exclusivity check a byte).
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes { pending.append(contentsOf: $0) }
            let consumed = try pending.withUnsafeBufferPointer { bytes -> Int in
                var start = 0
                while start < bytes.count, let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) {
                    let newline = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    try emit(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
                    start = newline + 1
                }
                return start
            }
            pending.removeFirst(consumed)
        }
        if !pending.isEmpty { try pending.withUnsafeBufferPointer { try emit($0) } }
        return !pending.isEmpty
    }
}
