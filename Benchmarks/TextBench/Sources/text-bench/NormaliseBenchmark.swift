import ArgumentParser
import Foundation
import Khaosan

/// `text-bench normalise FILE.jsonl`: times each stage of normalisation and clause splitting
/// over all the texts: MB/s of UTF-8 input, wall clock and this thread's CPU time (best of
/// 3). The machine may be shared: the CPU figure is the steadier one.
struct NormaliseBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalise",
        abstract: "Normalisation and clause splitting, stage by stage (MB/s of UTF-8 text)."
    )

    @Argument(help: "A plain JSONL file (field 'text').")
    var path: String

    func run() throws {
        let texts = try BenchmarkTexts.read(path)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let normalizer = TextNormalizer()
        let scalars = texts.map { ScalarDecoder.scalars(of: $0) }

        func time(_ label: String, _ body: () -> Int) {
            var wall = Double.infinity, cpu = Double.infinity, check = 0
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds, startCPU = ThreadClock.now()
                check = body()
                cpu = min(cpu, ThreadClock.now() - startCPU)
                wall = min(wall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            let mb = Double(bytes) / 1e6
            print(String(format: "%-40@ %8.1f MB/s wall %8.1f MB/s CPU   (%d)", label as NSString, mb / wall, mb / cpu, check))
        }

        print("documents \(texts.count), UTF-8 MB \(String(format: "%.1f", Double(bytes) / 1e6))")
        time("Array(string.unicodeScalars)") { texts.reduce(0) { $0 + Array($1.unicodeScalars).count } }
        time("ScalarDecoder.scalars(of:)") { texts.reduce(0) { $0 + ScalarDecoder.scalars(of: $1).count } }
        time("normalize(_:scalars:)") {
            zip(texts, scalars).reduce(0) { $0 + normalizer.normalize($1.0, scalars: $1.1).offsetMap.textLength }
        }
        time("normalize(_:)") { texts.reduce(0) { $0 + normalizer.normalize($1).offsetMap.textLength } }
        time("Document(id:source:) = decode+normalize") {
            texts.reduce(0) { $0 + Document(id: "x", source: $1, normalizer: normalizer).textScalars.count }
        }
        let documents = texts.map { Document(id: "x", source: $0, normalizer: normalizer) }
        time("ClauseSplitter.clauses") { documents.reduce(0) { $0 + ClauseSplitter.clauses(of: $1.textScalars, tokens: []).count } }
        time("ClauseSplitter.sentences") { documents.reduce(0) { $0 + ClauseSplitter.sentences(of: $1.textScalars).count } }
        let changed = zip(texts, documents).filter { !$0.0.unicodeScalars.elementsEqual($0.1.text.unicodeScalars) }.count
        print("documents changed by normalisation: \(changed)")
    }
}
