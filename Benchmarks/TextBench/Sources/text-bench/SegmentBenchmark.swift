import ArgumentParser
import Foundation
import Khaosan

/// `text-bench segment`: throughput of raw ICU word boundaries against khaosan's
/// ingest + normalise + segment over the same archive.
struct SegmentBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Raw ICU word breaks vs ingest + normalise + segment (MB/s of UTF-8 text)."
    )

    @Argument(help: "The archive to read (.jsonl, .jsonl.gz, directory).")
    var input: String

    @Option(help: "Read at most this many documents.")
    var limit: Int = Int.max

    @Option(help: "Rounds; (a) and (b) alternate and each reports its fastest round (the machine is shared and noisy).")
    var rounds: Int = 3

    func run() throws {
        // Load the texts once (untimed) for the ICU baseline.
        var texts: [[UInt16]] = []
        var bytes = 0
        try readDocuments { raw in
            texts.append(Array(raw.source.utf16))
            bytes += raw.source.utf8.count
        }
        let megabytes = Double(bytes) / 1_000_000

        let breaker = try WordBreaker(locale: "th")
        let segmenter = try Segmenter()
        let normalizer = TextNormalizer()
        var boundaryCount = 0, tokenCount = 0
        var icuSeconds = Double.infinity, pipelineSeconds = Double.infinity
        for _ in 0..<max(rounds, 1) {
            boundaryCount = 0
            let icuStart = ThreadClock.now()
            for text in texts {
                boundaryCount += try text.withUnsafeBufferPointer { units in
                    try breaker.withBoundaries(units) { $0.count }
                }
            }
            icuSeconds = min(icuSeconds, seconds(since: icuStart))

            tokenCount = 0
            let pipelineStart = ThreadClock.now()
            try readDocuments { raw in
                let document = Document(id: raw.id, metadata: raw.metadata, source: raw.source, normalizer: normalizer)
                tokenCount += try segmenter.tokens(of: document).count
            }
            pipelineSeconds = min(pipelineSeconds, seconds(since: pipelineStart))
        }

        let icuRate = megabytes / icuSeconds
        let pipelineRate = megabytes / pipelineSeconds
        print("documents: \(texts.count), UTF-8 text: \(String(format: "%.1f", megabytes)) MB")
        print("(a) raw ICU word boundaries:          \(String(format: "%7.2f", icuRate)) MB/s  (\(boundaryCount) boundaries, \(String(format: "%.2f", icuSeconds)) s)")
        print("(b) ingest + normalise + segment:     \(String(format: "%7.2f", pipelineRate)) MB/s  (\(tokenCount) tokens, \(String(format: "%.2f", pipelineSeconds)) s)")
        print("(rates are per second of this thread's CPU time, so a loaded machine distorts them less)")
        print("ratio b/a: \(String(format: "%.3f", pipelineRate / icuRate))")
    }

    private struct LimitReached: Error {}

    /// Calls `body` for the first `limit` documents of the input, then stops reading.
    private func readDocuments(_ body: (RawDocument) throws -> Void) throws {
        var count = 0
        do {
            try DocumentReader(paths: [input]).forEach { item in
                guard case .document(let raw) = item else { return }
                if count == limit { throw LimitReached() }
                count += 1
                try body(raw)
            }
        } catch is LimitReached {}
    }

    private func seconds(since start: Double) -> Double {
        ThreadClock.now() - start
    }
}
