import ArgumentParser
import Foundation
import Khaosan

/// `khaosan dates --bench FILE.jsonl`: throughput of segmentation alone and of
/// segmentation + date extraction over the same documents, in the same run
/// (one core, MB/s of UTF-8 text).
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

        var tokenCount = 0
        let segmentation = try Self.time {
            for (i, text) in texts.enumerated() {
                let document = Document(id: String(i), source: text)
                tokenCount += try segmenter.tokens(of: document).count
            }
        }
        var dateCount = 0
        let scanOnly = try Self.time {
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
        func rate(_ seconds: Double) -> String { String(format: "%.1f MB/s (%.2f s)", megabytes / seconds, seconds) }
        print("segmentation alone (normalise + ICU words):   \(rate(segmentation)), \(tokenCount) tokens")
        print("date extraction alone (normalise + scan + ICU): \(rate(scanOnly)), \(dateCount) dates")
        print("pipeline: segmentation + dates:              \(rate(withDates)), \(pipelineDates) dates")
        print(String(format: "ratio (segmentation + dates) / segmentation alone: %.2f", segmentation / withDates))
    }

    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The `text` field of each JSONL line.
    static func texts(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
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
