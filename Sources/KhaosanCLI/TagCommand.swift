import ArgumentParser
import Foundation
import Khaosan

/// `khaosan tag`: the tagger alone over JSONL documents, printing its spans in the
/// gold format (`GoldDocument`). Its throughput: `text-bench tag` (Benchmarks/TextBench).
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Run the trained tagger alone on JSONL documents ({\"id\",\"text\"} per line; stdin if no file); print spans as gold JSONL."
    )

    @Argument(help: "JSONL files (plain); none reads stdin.")
    var inputs: [String] = []

    @Option(name: .customLong("model"), help: "Model file (default: the shipped model).")
    var modelPath: String?

    func run() throws {
        let model: PerceptronModel
        if let modelPath { model = try ModelFileFormat.read(from: modelPath) } else {
            guard let shipped = TaggerExtractor.bundledModel else { throw CommandError(description: "no shipped model; give --model") }
            model = shipped
        }
        let tagger = TaggerExtractor(model: model)
        let pipeline = try ExtractionPipeline(extractors: [])
        var output = StandardOutput()
        var documents = 0, spans = 0, rejected = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for path in inputs.isEmpty ? ["-"] : inputs {
            guard let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                    : FileManager.default.contents(atPath: path) else {
                throw CommandError(description: "cannot read \(path): \(Self.unreadableReason(path))")
            }
            for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
                guard let (text, givenID) = Self.textAndID(of: line) else {
                    printError("rejected \(path):\(number + 1): not a JSON object with a \"text\" string")
                    rejected += 1
                    continue
                }
                let id = givenID ?? "\(path):\(number + 1)"
                documents += 1
                let analyzed = try pipeline.analyze(RawDocument(id: id, metadata: DocumentMetadata(), source: text))
                let mentions = tagger.mentions(in: analyzed, earlier: []).map {
                    analyzed.sourceMention($0, includingInvisibleTail: tagger.includesInvisibleTail)
                }
                spans += mentions.count
                let gold = GoldDocument(id: id, text: text, spans: mentions.map {
                    GoldSpan(start: $0.range.start, end: $0.range.end, label: $0.label.rawValue, text: $0.text)
                })
                output.write(String(decoding: try encoder.encode(gold), as: UTF8.self))
                output.write("\n")
            }
        }
        output.flush()
        printError("\(documents) documents, \(spans) spans")
        // Like the other commands: nothing read and something rejected is a failure.
        if documents == 0 && rejected > 0 { throw ExitCode(1) }
    }

    /// The `text` string and, when it is a string, the `id` of the JSON object `line` holds
    /// (parsed with the project's JSON parser; the last of a repeated key); nil when `line` is
    /// not a JSON object with a `text` string.
    static func textAndID(of line: Data.SubSequence) -> (text: String, id: String?)? {
        Array(line).withUnsafeBufferPointer { bytes in
            guard let members = try? JSONLineParser.members(of: bytes) else { return nil }
            func string(_ key: String) -> String? {
                guard let member = members.last(where: { $0.key == key }), member.kind == .string else { return nil }
                return try? JSONStringDecoder.decode(bytes, range: member.valueRange, hasEscapes: member.hasEscapes)
            }
            guard let text = string("text") else { return nil }
            return (text, string("id"))
        }
    }

    /// Why `path` could not be read, in words.
    static func unreadableReason(_ path: String) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file or directory" }
        return isDirectory.boolValue ? "it is a directory, not a JSONL file" : "permission denied or I/O error"
    }
}
