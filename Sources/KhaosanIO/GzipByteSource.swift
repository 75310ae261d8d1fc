import CICU

/// Decompressed bytes of a gzip file, streamed (zlib through the C shim).
///
/// A file that ends inside a gzip member, or whose data are corrupt, makes `read`
/// throw after every byte that could be decompressed has been delivered. A file
/// that is not gzip at all throws on the first read.
final class GzipByteSource: ByteSource {
    private let reader: OpaquePointer
    private var firstRead = true

    /// Opens `path` (a `RawPath`: its name may be any bytes).
    init(path: String) throws {
        var code: Int32 = 0
        guard let reader = RawPath.withCString(path, { cicu_gzip_open($0, &code) }) else {
            throw ByteSourceError(reason: SystemError.message(code))
        }
        self.reader = reader
    }

    deinit {
        cicu_gzip_close(reader)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let capacity = Int32(clamping: buffer.count)
        let count = cicu_gzip_read(reader, base.assumingMemoryBound(to: UInt8.self), capacity)
        if count < 0 {
            let message = String(cString: cicu_gzip_error_message(reader))
            let reason = message == "unexpected end of file"
                ? "truncated gzip (unexpected end of file)"
                : "corrupt gzip (\(message))"
            throw ByteSourceError(reason: reason)
        }
        if firstRead {
            firstRead = false
            if count > 0 && cicu_gzip_is_direct(reader) != 0 {
                throw ByteSourceError(reason: "not a gzip file (no gzip header)")
            }
        }
        return Int(count)
    }
}
