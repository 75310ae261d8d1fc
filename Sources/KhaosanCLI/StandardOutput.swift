import Foundation
import Khaosan

/// Buffered stdout for data output.
struct StandardOutput: TextOutputStream {
    private var buffer = Data()

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        Self.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `data` to stdout. A failed write (disk full, closed descriptor) ends the
    /// process with a one-line error on stderr and `status` (Foundation's `write(_:)`
    /// would trap instead).
    static func write(_ data: Data, failureStatus status: Int32 = 1) {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            printError("Error: cannot write to standard output: \(FileWriteError.reason(of: error))")
            exit(status)
        }
    }
}

extension StandardOutput {
    /// Appends raw bytes.
    mutating func write(data: Data) {
        buffer.append(data)
        if buffer.count >= 1 << 16 { flush() }
    }
}
