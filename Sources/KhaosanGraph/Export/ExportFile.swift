import Foundation
import KhaosanIO

/// One output file of `khaosan export`, written through a buffer of about 1 MiB into a staged
/// temporary file beside the destination and renamed into place by `commit()` (never a
/// half-written file), or to standard output for `-`.
final class ExportFile {
    let path: String
    private let staged: StagedFile?
    private var buffer: [UInt8] = []
    static let flushSize = 1 << 20

    init(path: String) throws {
        self.path = path
        staged = path == "-" ? nil : try StagedFile(path: path)
        buffer.reserveCapacity(Self.flushSize + (1 << 16))
    }

    /// Appends through `body`, flushing when the buffer is full.
    func append(_ body: (inout [UInt8]) -> Void) throws {
        body(&buffer)
        if buffer.count >= Self.flushSize { try flush() }
    }

    func append(_ text: String) throws {
        try append { $0.append(contentsOf: text.utf8) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            if let staged {
                try staged.handle.write(contentsOf: buffer)
            } else {
                try FileHandle.standardOutput.write(contentsOf: buffer)
            }
        } catch {
            throw FileWriteError(path: path, error: error)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and renames the file into place.
    func commit() throws {
        try flush()
        try staged?.commit()
    }
}
