import ArgumentParser
import Foundation
import Khaosan

/// `text-bench dates FILE.jsonl`: throughput of segmentation alone and of
/// segmentation + date extraction (the project's span convention) over the same
/// documents, in the same run.
struct DatesBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Segmentation alone vs segmentation + dates (MB/s of UTF-8 text)."
    )

    @Argument(help: "A plain JSONL file (field 'text').")
    var path: String

    func run() throws {
        let extractor = try DateExtractor()
        let texts = try BenchmarkTexts.read(path)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let megabytes = Double(bytes) / 1_000_000
        print("documents: \(texts.count), \(String(format: "%.1f", megabytes)) MB of UTF-8 text")
        let pipeline = try ExtractionPipeline(extractors: [extractor])
        let segmenter = try Segmenter()

        var scalarCount = 0
        let documents = ThreadClock.time {
            for (i, text) in texts.enumerated() {
                scalarCount += Document(id: String(i), source: text).textScalars.count
            }
        }
        var tokenCount = 0
        let segmentation = try ThreadClock.time {
            for (i, text) in texts.enumerated() {
                let document = Document(id: String(i), source: text)
                tokenCount += try segmenter.tokens(of: document).count
            }
        }
        var dateCount = 0
        let scanOnly = ThreadClock.time {
            for (i, text) in texts.enumerated() {
                let document = Document(id: String(i), source: text)
                let analyzed = AnalyzedDocument(document: document, tokens: [], clauses: [])
                dateCount += extractor.mentions(in: analyzed, earlier: []).count
            }
        }
        var pipelineDates = 0
        let withDates = try ThreadClock.time {
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
}
