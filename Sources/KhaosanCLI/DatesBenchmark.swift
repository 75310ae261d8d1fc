import ArgumentParser
import Foundation
import Khaosan

/// `khaosan dates --bench FILE.jsonl`: throughput of segmentation alone and of
/// segmentation + date extraction over the same documents, in the same run
/// (one core, MB/s of UTF-8 text per CPU second of the benchmarking thread).
struct DatesBenchmark {
    let path: String
    let extractor: DateExtractor

    func run() throws {
        let texts = try Self.texts(path)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        printError("documents: \(texts.count), \(String(format: "%.1f", megabytes)) MB of UTF-8 text")
        let pipeline = try ExtractionPipeline(extractors: [extractor])
        let segmenter = try Segmenter()

        var scalarCount = 0
        let documents = Self.time {
            for (i, text) in texts.enumerated() {
                scalarCount += Document(id: String(i), source: text).textScalars.count
            }
        }
        var tokenCount = 0
        let segmentation = try Self.time {
            for (i, text) in texts.enumerated() {
                let document = Document(id: String(i), source: text)
                tokenCount += try segmenter.tokens(of: document).count
            }
        }
        var dateCount = 0
        let scanOnly = Self.time {
            for (i, text) in texts.enumerated() {
                let document = Document(id: String(i), source: text)
                let analyzed = AnalyzedDocument(document: document, tokens: [], clauses: [])
                dateCount += extractor.mentions(in: analyzed, earlier: []).count
            }
        }
        var pipelineDates = 0
        let withDates = try Self.time {
            for (i, text) in texts.enumerated() {
                let analyzed = try pipeline.analyze(RawDocument(id: String(i), metadata: DocumentMetadata(), source: text))
                pipelineDates += pipeline.mentions(in: analyzed).count
            }
        }
        func rate(_ seconds: Double) -> String {
            String(format: "%7.1f MB/s (%6.2f s CPU)", megabytes / seconds, seconds)
        }
        print("documents only (normalise, scalar arrays):  \(rate(documents)), \(scalarCount) scalars")
        print("segmentation alone (documents + ICU words): \(rate(segmentation)), \(tokenCount) tokens")
        print("dates alone (documents + scan + ICU):       \(rate(scanOnly)), \(dateCount) dates")
        print("date scan itself (dates alone - documents): \(rate(max(scanOnly - documents, 1e-9)))")
        print("pipeline: segmentation + dates:             \(rate(withDates)), \(pipelineDates) dates")
        print(String(format: "ratio pipeline / segmentation alone (throughput): %.2f", segmentation / withDates))
    }

    /// CPU seconds of this thread spent in `body` (robust to other processes sharing the cores).
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = cpuSeconds()
        try body()
        return cpuSeconds() - start
    }

    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The `text` field of each JSONL line.
    static func texts(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError(description: "cannot read \(path): \(TagCommand.unreadableReason(path))")
        }
        var texts: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
               let text = object["text"] as? String {
                texts.append(text)
            }
        }
        return texts
    }
}
