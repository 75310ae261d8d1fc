import ArgumentParser
import Foundation
import Khaosan

/// `text-bench tag FILE.jsonl`: the tagger alone beside normalise + segment over the same
/// documents (what `khaosan tag --timing` printed before).
struct TaggerBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "The trained tagger alone vs normalise + segment (MB/s of UTF-8 text)."
    )

    @Argument(help: "A plain JSONL file (field 'text').")
    var path: String

    @Option(name: .customLong("model"), help: "Model file (default: the shipped model).")
    var modelPath: String?

    func run() throws {
        let loadStart = ThreadClock.now()
        let model: PerceptronModel
        if let modelPath { model = try ModelFileFormat.read(from: modelPath) } else {
            guard let shipped = TaggerExtractor.bundledModel else { throw ValidationError("no shipped model; give --model") }
            model = shipped
        }
        let loadSeconds = ThreadClock.now() - loadStart
        let tagger = TaggerExtractor(model: model)
        let pipeline = try ExtractionPipeline(extractors: [])
        let texts = try BenchmarkTexts.read(path)
        var bytes = 0, spans = 0
        var analyzeSeconds = 0.0, tagSeconds = 0.0
        for (number, text) in texts.enumerated() {
            bytes += text.utf8.count
            let t0 = ThreadClock.now()
            let analyzed = try pipeline.analyze(RawDocument(id: String(number), metadata: DocumentMetadata(), source: text))
            let t1 = ThreadClock.now()
            spans += tagger.mentions(in: analyzed, earlier: []).count
            tagSeconds += ThreadClock.now() - t1
            analyzeSeconds += t1 - t0
        }
        let mb = Double(bytes) / 1_000_000
        func rate(_ seconds: Double) -> Double { seconds > 0 ? mb / seconds : 0 }
        print(String(format: "model loaded in %.1f ms; %d documents, %.2f MB UTF-8, %d spans",
                     loadSeconds * 1000, texts.count, mb, spans))
        print(String(format: "normalise+segment %.2f s (%.2f MB/s); tagger %.2f s (%.2f MB/s); both %.2f MB/s",
                     analyzeSeconds, rate(analyzeSeconds), tagSeconds, rate(tagSeconds), rate(analyzeSeconds + tagSeconds)))
    }
}
