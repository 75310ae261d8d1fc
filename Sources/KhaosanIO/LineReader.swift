import KhaosanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte stream into lines without loading it whole: memory is bounded
/// by the longest line, not by the stream.
package final class LineReader {
    /// How a stream ended after its lines were delivered.
    package enum End: Equatable {
        /// The stream ended cleanly.
        case complete
        /// The stream failed: `reason`; the lines before `lineNumber` were
        /// delivered whole, line `lineNumber` had `partialLength` bytes when it
        /// broke off (0: the failure fell between lines), and `bytesRead` bytes
        /// came out of the stream in total.
        case failed(reason: String, lineNumber: Int, partialLength: Int, bytesRead: Int)
    }

    private let source: ByteSource
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0

    /// Total bytes read from the stream.
    private(set) var bytesRead = 0
    /// Whether the last line delivered had no newline (the stream was cut, or its writer
    /// does not end lines).
    package private(set) var lastLineUnterminated = false

    /// The longest line accepted (bytes): a binary file with no newline must not
    /// be read into memory whole.
    let maximumLineLength: Int
    /// The most the buffer ever holds (bytes): one line at its limit and one chunk more, so
    /// a 256 MiB limit never buffers 512 MiB (the buffer grows by doubling up to here).
    let maximumBuffer: Int

    init(source: ByteSource, chunkSize: Int = 1 << 18, maximumLineLength: Int = 1 << 28) {
        self.source = source
        self.buffer = .allocate(byteCount: max(chunkSize, 16), alignment: 1)
        self.maximumLineLength = maximumLineLength
        maximumBuffer = max(maximumLineLength + max(chunkSize, 16) + 1, max(chunkSize, 16))
    }

    /// The buffer's size now (bytes), at most `maximumBuffer`.
    var bufferCapacity: Int { buffer.count }

    deinit {
        buffer.deallocate()
    }

    /// Calls `body(lineNumber, bytes)` for each line (1-based numbers), without its
    /// `\n` or `\r\n`. The bytes are valid only during the call. A last line
    /// without a final newline is delivered too.
    package func forEachLine(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows -> End {
        var lineNumber = 0
        var exhausted = false
        while true {
            // Deliver every complete line in the buffer.
            while start < end, let newline = memchr(buffer.baseAddress! + start, 0x0A, end - start) {
                let newlineOffset = buffer.baseAddress!.distance(to: newline)
                lineNumber += 1
                try body(lineNumber, line(from: start, to: newlineOffset))
                start = newlineOffset + 1
            }
            if exhausted {
                if start < end {
                    lastLineUnterminated = true
                    lineNumber += 1
                    try body(lineNumber, line(from: start, to: end))
                    start = end
                }
                return .complete
            }
            guard makeRoom() else {
                return .failed(reason: "line longer than \(maximumLineLength) bytes (not JSON Lines?)", lineNumber: lineNumber + 1,
                               partialLength: end - start, bytesRead: bytesRead)
            }
            do {
                let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
                if count == 0 { exhausted = true }
                end += count
                bytesRead += count
            } catch let error as ByteSourceError {
                return .failed(reason: error.reason, lineNumber: lineNumber + 1,
                               partialLength: end - start, bytesRead: bytesRead)
            } catch {
                return .failed(reason: "\(error)", lineNumber: lineNumber + 1,
                               partialLength: end - start, bytesRead: bytesRead)
            }
        }
    }

    private func line(from lineStart: Int, to lineEnd: Int) -> UnsafeBufferPointer<UInt8> {
        var length = lineEnd - lineStart
        let base = (buffer.baseAddress! + lineStart).assumingMemoryBound(to: UInt8.self)
        if length > 0 && base[length - 1] == 0x0D { length -= 1 }
        return UnsafeBufferPointer(start: base, count: length)
    }

    /// Moves the pending partial line to the front, growing the buffer when the
    /// line fills it, so a read has at least a quarter of the buffer to fill.
    /// Returns false when the pending line already exceeds `maximumLineLength`.
    private func makeRoom() -> Bool {
        if start > 0 {
            let pending = end - start
            if pending > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + start, pending) }
            start = 0
            end = pending
        }
        if end > maximumLineLength { return false }
        if buffer.count - end < buffer.count / 4 && buffer.count < maximumBuffer {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(buffer.count * 2, maximumBuffer), alignment: 1)
            if end > 0 { larger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: end) }
            buffer.deallocate()
            buffer = larger
        }
        return true
    }
}

extension LineReader {
    /// A reader of the lines of file `path` (`-`: standard input), decompressed when its name
    /// or its first bytes say gzip, bzip2, xz or zstd (`DocumentReader`'s rules).
    /// - Throws: `InputError` naming the file when it cannot be opened or its compression is
    ///   not read.
    package static func open(path: String) throws -> LineReader {
        if path == "-" { return LineReader(source: FileByteSource(descriptor: 0)) }
        var compression = Compression.of(lowercasedName: path.lowercased())?.compression ?? .none
        do {
            if compression == .none {
                let (prefix, failure) = DocumentReader.readPrefix(of: try FileByteSource(path: path))
                if let failure { throw failure }
                compression = Compression.of(signature: prefix) ?? .none
            }
            if case .unsupported(let tool) = compression {
                throw InputError(location: path, reason: DocumentReader.unsupportedCompressionReason(tool))
            }
            return LineReader(source: try DocumentReader.open(path, compression))
        } catch let error as ByteSourceError {
            throw InputError(location: path, reason: "cannot open: \(error.reason)")
        }
    }
}
