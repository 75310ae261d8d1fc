import Foundation

/// Buffered stdout for data output.
struct StandardOutput: TextOutputStream {
    private var buffer = Data()

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

extension StandardOutput {
    /// Appends raw bytes.
    mutating func write(data: Data) {
        buffer.append(data)
        if buffer.count >= 1 << 16 { flush() }
    }
}
