import Testing
@testable import Khaosan
@testable import KhaosanIO

/// A byte source over memory that hands out at most `chunk` bytes per read and
/// can fail after `failAfter` bytes.
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunk: Int
    private let failAfter: Int?
    private var offset = 0

    init(_ bytes: [UInt8], chunk: Int = 3, failAfter: Int? = nil) {
        self.bytes = bytes
        self.chunk = chunk
        self.failAfter = failAfter
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let limit = min(bytes.count, failAfter ?? bytes.count)
        if offset == limit, failAfter != nil { throw ByteSourceError(reason: "boom") }
        let count = min(chunk, buffer.count, limit - offset)
        for index in 0..<count { buffer[index] = bytes[offset + index] }
        offset += count
        return count
    }
}

@Suite struct LineReaderTests {
    private func lines(_ text: String, chunk: Int = 3, bufferSize: Int = 16, failAfter: Int? = nil) -> ([String], LineReader.End) {
        let reader = LineReader(source: MemoryByteSource(Array(text.utf8), chunk: chunk, failAfter: failAfter), chunkSize: bufferSize)
        var result: [String] = []
        let end = reader.forEachLine { number, line in
            result.append("\(number):" + String(decoding: line, as: UTF8.self))
        }
        return (result, end)
    }

    @Test func linesAcrossChunkBoundariesAndAGrowingBuffer() {
        let long = String(repeating: "ข่าว", count: 40)
        let (result, end) = lines("a\n\nbb\r\n\(long)\nlast")
        #expect(result == ["1:a", "2:", "3:bb", "4:\(long)", "5:last"])
        #expect(end == .complete)
    }

    @Test func finalNewlineAddsNoEmptyLine() {
        #expect(lines("a\nb\n").0 == ["1:a", "2:b"])
        #expect(lines("").0.isEmpty)
    }

    @Test func failureReportsTheIncompleteLine() {
        let (result, end) = lines("one\ntwo\nthr", failAfter: 10)
        #expect(result == ["1:one", "2:two"])
        #expect(end == .failed(reason: "boom", lineNumber: 3, partialLength: 2, bytesRead: 10))
    }

    @Test func overlongLineStopsTheStream() {
        let reader = LineReader(source: MemoryByteSource(Array("ok\n".utf8) + [UInt8](repeating: 0x41, count: 100), chunk: 7),
                                chunkSize: 16, maximumLineLength: 40)
        var result: [String] = []
        let end = reader.forEachLine { number, line in result.append("\(number):" + String(decoding: line, as: UTF8.self)) }
        #expect(result == ["1:ok"])
        guard case .failed(let reason, let lineNumber, let partialLength, _) = end else {
            Issue.record("expected a failure, got \(end)")
            return
        }
        #expect(reason == "line longer than 40 bytes (not JSON Lines?)")
        #expect(lineNumber == 2)
        #expect(partialLength > 40)
        // Never more than the limit and one chunk in memory (doubling alone would reach 64).
        #expect(reader.bufferCapacity <= 40 + 16 + 1)
    }

    @Test func failureBetweenLines() {
        let (result, end) = lines("one\ntwo\n", failAfter: 8)
        #expect(result == ["1:one", "2:two"])
        #expect(end == .failed(reason: "boom", lineNumber: 3, partialLength: 0, bytesRead: 8))
    }
}
