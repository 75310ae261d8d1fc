/// A stream of bytes read in chunks: a file, a gzip stream, stdin.
protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 at the end of the stream.
    /// Throws `ByteSourceError` when the stream fails (I/O error, corrupt or truncated gzip).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// Why a byte stream failed, in words for an error report.
struct ByteSourceError: Error, Equatable {
    var reason: String
}

extension ByteSource {
    /// Reads the whole stream. On failure the error carries the reason and the
    /// bytes read before it in `ByteSourceFailure`.
    func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 17)
        while true {
            let count: Int
            do {
                count = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            } catch let error as ByteSourceError {
                throw ByteSourceFailure(reason: error.reason, bytesRead: bytes.count)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

/// A byte stream that failed after `bytesRead` bytes.
struct ByteSourceFailure: Error, Equatable {
    var reason: String
    var bytesRead: Int
}
