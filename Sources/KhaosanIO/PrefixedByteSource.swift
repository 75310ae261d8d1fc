/// A byte stream whose first bytes were already read (to sniff the format of
/// stdin): they are delivered again before the rest of the stream.
final class PrefixedByteSource: ByteSource {
    private var prefix: [UInt8]
    private var prefixOffset = 0
    private let rest: ByteSource

    init(prefix: [UInt8], rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if prefixOffset < prefix.count {
            let count = min(buffer.count, prefix.count - prefixOffset)
            prefix.withUnsafeBytes { bytes in
                buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + prefixOffset, byteCount: count)
            }
            prefixOffset += count
            if prefixOffset == prefix.count { prefix = []; prefixOffset = 0 }
            return count
        }
        return try rest.read(into: buffer)
    }
}
