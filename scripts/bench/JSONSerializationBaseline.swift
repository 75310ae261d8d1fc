// Baseline for scripts/bench-ingest.sh: reads a JSON Lines file and decodes
// every line with Foundation's JSONSerialization (what khaosan's hand-written
// parser replaces), taking the "text" string of each record.
// Build: swiftc -O JSONSerializationBaseline.swift -o baseline; run: baseline FILE.jsonl
import Foundation

guard CommandLine.arguments.count == 2, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: baseline FILE.jsonl\n".utf8))
    exit(2)
}
let start = Date()
var documents = 0
var textBytes = 0
data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
    let bytes = raw.bindMemory(to: UInt8.self)
    var lineStart = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
        if index > lineStart {
            let line = Data(bytes: bytes.baseAddress! + lineStart, count: index - lineStart)
            if let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
               let text = object["text"] as? String {
                documents += 1
                textBytes += text.utf8.count
            }
        }
        lineStart = index + 1
    }
}
let seconds = Date().timeIntervalSince(start)
print(String(format: "JSONSerialization: %d documents, %.1f MB of text in %.2f s (%.1f MB/s of input)",
             documents, Double(textBytes) / 1e6, seconds, Double(data.count) / 1e6 / seconds))
