// libFuzzer harness: one line of `khaosan extract` output through `ExtractionLineReader` (the fast
// path of `ExtractionJSON.parse`) and `ExtractionJSON.parse` itself.
// Properties: no trap; whatever the fast reader accepts, JSONDecoder decodes to the same extraction
// (the reader promises JSONDecoder's results); the line `ExtractionJSON.line` writes for it reads
// back to the same extraction (round trip through the writer).
import Foundation
import FuzzSupport
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanBatch

private let decoder = JSONDecoder()

@main
enum ExtractionLineFuzz {
    static func main() { runFuzzer(testOneInput) }
}

private func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    let line = Data(buffer: bytes)
    _ = try? ExtractionJSON.parse(line, decoder: decoder)
    guard let extraction = ExtractionLineReader.extraction(line) else { return }
    let decoded = try? decoder.decode(DocumentExtraction.self, from: line)
    fuzzRequire(decoded == extraction, "fast reader gave \(extraction), JSONDecoder \(String(describing: decoded))")
    if let written = try? ExtractionJSON.line(extraction) {
        let reread = ExtractionLineReader.extraction(written)
        fuzzRequire(reread == extraction, "written line \(String(decoding: written, as: UTF8.self)) reads back as \(String(describing: reread))")
    }
}
