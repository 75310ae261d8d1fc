import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct JSONLinesReaderTests {
    private func read(_ bytes: [UInt8]) throws -> [String] {
        let reader = JSONLinesReader(decoder: JSONLRecordDecoder(fileName: "in.jsonl", inputLocation: "dir/in.jsonl"),
                                     location: "dir/in.jsonl")
        var items: [String] = []
        try reader.read(LineReader(source: MemoryByteSource(bytes, chunk: 5), chunkSize: 16)) { item in
            switch item {
            case .document(let document): items.append("doc \(document.id): \(document.source)")
            case .rejected(let error): items.append("rejected \(error)")
            }
        }
        return items
    }

    @Test func utf8ByteOrderMarkOnTheFirstLineIsSkipped() throws {
        #expect(try read([0xEF, 0xBB, 0xBF] + Array("{\"text\": \"ก\"}\n\n  \n{\"id\": \"b\", \"text\": \"ข\"}".utf8))
                == ["doc in.jsonl:1: ก", "doc b: ข"])
    }

    @Test func utf16IsRejectedOnce() throws {
        #expect(try read([0xFF, 0xFE, 0x7B, 0x00, 0x0A, 0x00, 0x7B, 0x00])
                == ["rejected dir/in.jsonl: JSON Lines must be UTF-8; this input is UTF-16 (byte-order mark)"])
    }

    @Test func onlyBlankLines() throws {
        #expect(try read(Array(" \n\r\n\t\n".utf8)) == ["rejected dir/in.jsonl: no JSON records (only blank lines)"])
    }

    @Test func streamFailureBetweenLines() throws {
        let reader = JSONLinesReader(decoder: JSONLRecordDecoder(fileName: "in.jsonl", inputLocation: "in.jsonl"), location: "in.jsonl")
        var items: [IngestItem] = []
        let bytes = Array("{\"text\": \"ก\"}\n".utf8)
        try reader.read(LineReader(source: MemoryByteSource(bytes, failAfter: bytes.count))) { items.append($0) }
        #expect(items.count == 2)
        guard case .rejected(let error) = items.last else {
            Issue.record("expected a rejection last")
            return
        }
        #expect(error == InputError(location: "in.jsonl:2", reason: "boom after \(bytes.count) bytes of content; nothing after line 1 could be read"))
    }
}
