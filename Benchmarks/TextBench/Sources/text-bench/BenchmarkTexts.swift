import ArgumentParser
import Foundation

/// The benchmarks' input: the `text` field of each line of a plain JSONL file, held in memory
/// so that reading is not timed.
enum BenchmarkTexts {
    static func read(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path) (a plain JSONL file of {\"text\": …} lines)")
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
