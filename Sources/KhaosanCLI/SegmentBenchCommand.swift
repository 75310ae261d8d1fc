import ArgumentParser
import Foundation
import Khaosan

/// The ceiling for benchmarks: ICU word boundaries alone over the `text`
/// fields of a JSONL file, timed after the texts are loaded into memory as
/// UTF-16. Hidden: a measuring tool, not a user command.
struct SegmentBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment-bench",
        abstract: "Time raw ICU word boundaries over the texts of an uncompressed JSONL file.",
        shouldDisplay: false
    )

    @Argument(help: "A JSONL file whose lines have a \"text\" field (uncompressed).")
    var file: String

    @Option(help: "Use the first N documents only.")
    var limit: Int?

    @Option(help: "Timed passes over the texts (the best is reported).")
    var passes: Int = 1

    func run() throws {
        var texts: [[UInt16]] = []
        var bytes = 0
        try LineReader(path: file).forEach { line, _ in
            if let limit, texts.count >= limit { return }
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let text = object["text"] as? String else { return }
            bytes += text.utf8.count
            texts.append(Array(text.utf16))
        }
        let breaker = try WordBreaker(locale: "th")
        var best = Double.infinity
        var boundaries = 0
        for _ in 0..<max(1, passes) {
            boundaries = 0
            let start = DispatchTime.now().uptimeNanoseconds
            for text in texts {
                boundaries += try text.withUnsafeBufferPointer { units in
                    try breaker.withBoundaries(units) { $0.count }
                }
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "icu-word-breaks documents=%d bytes=%d boundaries=%d seconds=%.3f docs_per_s=%.1f mb_per_s=%.2f",
                     texts.count, bytes, boundaries, best, Double(texts.count) / best, Double(bytes) / 1e6 / best))
    }
}
