// libFuzzer harness: a graph file through `GraphReader.read(data:)` (what `khaosan diff` reads).
// Properties: no trap; either a graph is read or a `GraphReader.ReadError` names the origin and a
// reason (no other error escapes).
import Foundation
import FuzzSupport
import Khaosan

@main
enum GraphReaderFuzz {
    static func main() { runFuzzer(testOneInput) }
}

private func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    do {
        _ = try GraphReader.read(data: Data(buffer: bytes), origin: "fuzz.jsonld")
    } catch let error as GraphReader.ReadError {
        fuzzRequire(error.path == "fuzz.jsonld" && !error.reason.isEmpty, "error without origin or reason: \(error)")
    } catch {
        fuzzRequire(false, "unexpected error type: \(error)")
    }
}
