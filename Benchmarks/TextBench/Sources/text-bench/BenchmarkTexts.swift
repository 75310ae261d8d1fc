import ArgumentParser
import Khaosan

/// The benchmarks' input: the text of each document of a JSONL file (plain or gzip), read by
/// khaosan's own ingest (`DocumentReader`) and held in memory so that reading is not timed.
enum BenchmarkTexts {
    static func read(_ path: String) throws -> [String] {
        var texts: [String] = []
        var rejected = 0
        try DocumentReader(paths: [path]).forEach { item in
            switch item {
            case .document(let document): texts.append(document.source)
            case .rejected: rejected += 1
            }
        }
        if texts.isEmpty {
            throw ValidationError("no documents in \(path) (a JSONL file of {\"text\": …} lines, plain or .gz; \(rejected) rejected)")
        }
        return texts
    }
}
