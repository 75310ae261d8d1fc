import Testing
@testable import Khaosan
@testable import KhaosanIO

@Suite struct TextDocumentReaderTests {
    @Test func wholeStreamIsOneDocument() {
        let item = TextDocumentReader.read(MemoryByteSource(Array("ข่าว\nสาร".utf8)), id: "x", location: "x.txt")
        guard case .document(let document) = item else {
            Issue.record("expected a document, got \(item)")
            return
        }
        #expect(document.id == "x")
        #expect(document.source == "ข่าว\nสาร")
        #expect(document.metadata.source == "x.txt")
    }

    @Test func tooLargeAndFailingStreamsAreRejected() {
        let large = TextDocumentReader.read(MemoryByteSource([UInt8](repeating: 0x41, count: 100), chunk: 10), id: "x", location: "x.txt", limit: 50)
        guard case .rejected(let error) = large else {
            Issue.record("expected a rejection, got \(large)")
            return
        }
        #expect(error == InputError(location: "x.txt", reason: "larger than 50 bytes: too large for one document"))
        let failing = TextDocumentReader.read(MemoryByteSource(Array("abc".utf8), failAfter: 0), id: "x", location: "x.txt")
        guard case .rejected(let failure) = failing else {
            Issue.record("expected a rejection, got \(failing)")
            return
        }
        #expect(failure == InputError(location: "x.txt", reason: "boom before any byte was read"))
    }
}
