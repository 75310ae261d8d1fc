import Crypto
import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanBatch

@Suite struct BatchExtractorTests {
    private func items(_ count: Int) -> [IngestItem] {
        var items = BatchFixtures.documents(count).map(IngestItem.document)
        // Rejections in the stream keep their place.
        items.insert(.rejected(InputError(location: "bad.jsonl:3", reason: "malformed JSON")), at: min(3, items.count))
        items.append(.rejected(InputError(location: "bad.jsonl:9", reason: "line without text")))
        return items
    }

    @Test func oneAndFourJobsGiveByteIdenticalOutput() throws {
        let input = items(300)
        let one = try BatchFixtures.run(BatchFixtures.engine(jobs: 1), input)
        let four = try BatchFixtures.run(BatchFixtures.engine(jobs: 4, lookAhead: 8), input)
        let bytesOne = GraphOutput.data(for: BatchFixtures.extractions(one))
        let bytesFour = GraphOutput.data(for: BatchFixtures.extractions(four))
        #expect(bytesOne == bytesFour)
        #expect(BatchFixtures.extractions(one).flatMap(\.mentions).count > 300)
        // Per-document lines (what `extract` writes) are identical too, in input order.
        let lines = { (outcomes: [BatchOutcome]) in outcomes.map { outcome -> Data in
            switch outcome {
            case .extracted(let e, _, _): return (try? ExtractionJSON.line(e)) ?? Data()
            case .rejected(let error): return ExtractionJSON.errorLine(error)
            }
        } }
        #expect(lines(one) == lines(four))
    }

    @Test func outcomesComeInInputOrderWithRejectionsInPlace() throws {
        let outcomes = try BatchFixtures.run(BatchFixtures.engine(jobs: 3, lookAhead: 4), items(50))
        #expect(outcomes.count == 52)
        let ids = outcomes.map { outcome -> String in
            switch outcome {
            case .extracted(let e, _, _): return e.id
            case .rejected(let error): return error.location
            }
        }
        var expected = (0..<50).map { String(format: "doc-%05d", $0) }
        expected.insert("bad.jsonl:3", at: 3)
        expected.append("bad.jsonl:9")
        #expect(ids == expected)
    }

    @Test func readerNeverRunsMoreThanLookAheadDocumentsAheadOfDelivery() throws {
        let lookAhead = 6
        let engine = BatchFixtures.engine(jobs: 2, lookAhead: lookAhead)
        let documents = BatchFixtures.documents(200)
        let yielded = Counter()
        var maxAhead = 0
        var delivered = 0
        try engine.run(source: { body in
            for document in documents {
                try body(.document(document))
                yielded.increment()
            }
        }) { _ in
            delivered += 1
            Thread.sleep(forTimeInterval: 0.0005)
            maxAhead = max(maxAhead, yielded.value - delivered)
        }
        #expect(delivered == 200)
        #expect(maxAhead <= lookAhead)
        #expect(maxAhead >= 1)
    }

    @Test func anErrorFromTheConsumerStopsTheRunWithoutHanging() throws {
        struct Stop: Error {}
        var delivered = 0
        #expect(throws: Stop.self) {
            try BatchFixtures.engine(jobs: 2, lookAhead: 4).run(source: { body in
                for document in BatchFixtures.documents(10_000) { try body(.document(document)) }
            }) { _ in
                delivered += 1
                if delivered == 10 { throw Stop() }
            }
        }
        #expect(delivered == 10)
    }

    @Test func anErrorFromTheReaderIsRethrownAfterTheDocumentsBeforeIt() throws {
        struct Broken: Error {}
        var delivered = 0
        #expect(throws: Broken.self) {
            try BatchFixtures.engine(jobs: 2).run(source: { body in
                for document in BatchFixtures.documents(5) { try body(.document(document)) }
                throw Broken()
            }) { _ in delivered += 1 }
        }
        #expect(delivered <= 5)
    }

    @Test func extractionCarriesContentHashAndSourceLengthInScalars() throws {
        let raw = RawDocument(id: "e", metadata: DocumentMetadata(), source: "พะเยา 😀")
        let outcomes = try BatchFixtures.run(BatchFixtures.engine(jobs: 1), [.document(raw)])
        let extraction = try #require(BatchFixtures.extractions(outcomes).first)
        #expect(extraction.sourceLength == 7)
        #expect(extraction.contentHash == SHA256.hex("พะเยา 😀"))
        #expect(extraction.mentions.map(\.range) == [ScalarRange(0, 5)])
    }
}

/// A thread-safe counter for tests.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
