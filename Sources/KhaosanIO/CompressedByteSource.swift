import CCompression

/// Decompressed bytes of a bzip2, xz (or .lzma) or zstd file, streamed through the C target
/// `CCompression` (libbz2, liblzma, libzstd). Concatenated streams are one stream.
///
/// Like `GzipByteSource`: a file that ends inside a stream, or whose data are corrupt,
/// makes `read` throw after every byte that could be decompressed has been delivered; a
/// file that is not of its compression throws on the first read. What comes out is bounded
/// by the same limits as any input (a document's size, a line's length), so a bomb is cut
/// there; a header asking for more than 256 MiB of decoder memory is refused.
final class CompressedByteSource: ByteSource {
    private let reader: OpaquePointer
    private let tool: String

    /// Opens `path` (a `RawPath`) for `compression`, which must be bzip2, xz or zstd.
    init(path: String, compression: Compression) throws {
        let kind: Int32
        switch compression {
        case .bzip2: kind = Int32(CCOMPRESSION_BZIP2.rawValue)
        case .xz: kind = Int32(CCOMPRESSION_XZ.rawValue)
        case .zstd: kind = Int32(CCOMPRESSION_ZSTD.rawValue)
        default: throw ByteSourceError(reason: "not read by CompressedByteSource: \(compression.tool)")
        }
        var code: Int32 = 0
        guard let reader = RawPath.withCString(path, { ccompression_open($0, kind, &code) }) else {
            throw ByteSourceError(reason: SystemError.message(code))
        }
        self.reader = reader
        tool = compression.tool
    }

    deinit {
        ccompression_close(reader)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let count = ccompression_read(reader, base.assumingMemoryBound(to: UInt8.self), Int32(clamping: buffer.count))
        if count < 0 {
            let message = String(cString: ccompression_error_message(reader))
            throw ByteSourceError(reason: ccompression_is_truncated(reader) != 0
                ? "truncated \(tool) (\(message))" : "corrupt \(tool) (\(message))")
        }
        return Int(count)
    }
}
