/// A stream of bytes read in chunks: a file, a gzip stream, stdin.
protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes; returns 0 at the end of the stream.
    /// Throws `ByteSourceError` when the stream fails (I/O error, corrupt or truncated gzip).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ByteSource {
    /// Reads the whole stream, up to `limit` bytes. On failure (or when the
    /// stream is longer than `limit`) throws `ByteSourceFailure` with the reason
    /// and the number of bytes read before it.
    func readAll(limit: Int = 1 << 28) throws -> [UInt8] {
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
            if bytes.count > limit {
                throw ByteSourceFailure(reason: "larger than \(limit) bytes: too large for one document", bytesRead: bytes.count,
                                        exceededLimit: true)
            }
        }
    }
}
