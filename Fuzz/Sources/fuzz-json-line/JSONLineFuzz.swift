// libFuzzer harness: one JSON Lines record through `JSONLineParser` and `JSONLRecordDecoder`.
// Properties: no trap; member value ranges lie inside the line and follow each other;
// the decoder either gives a document with non-blank text and a non-empty id, or a reason;
// a document's text is the one JSONSerialization reads from the line, when it reads it.
import Foundation
import FuzzSupport
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO

private let decoder = JSONLRecordDecoder(fileName: "fuzz.jsonl", inputLocation: "fuzz.jsonl")

@main
enum JSONLineFuzz {
    static func main() { runFuzzer(testOneInput) }
}

private func testOneInput(_ bytes: UnsafeBufferPointer<UInt8>) {
    if let members = try? JSONLineParser.members(of: bytes) {
        var previousEnd = 0
        for member in members {
            let range = member.valueRange
            fuzzRequire(range.lowerBound >= previousEnd && range.upperBound <= bytes.count && !range.isEmpty,
                        "member \(member.key) has value range \(range) in a line of \(bytes.count) bytes")
            previousEnd = range.upperBound
        }
    }
    switch decoder.decode(bytes, lineNumber: 7) {
    case .success(let document):
        fuzzRequire(document.source.unicodeScalars.contains { !$0.properties.isWhitespace },
                    "document with blank text accepted")
        fuzzRequire(!document.id.isEmpty, "document with an empty id")
        // Differential: when Foundation also reads the line, its "text" is the document's, scalar
        // for scalar. (Not the converse: the parser checks a value's UTF-8 and escapes only when
        // it decodes that value, so lines Foundation rejects may still give a document.)
        if let object = try? JSONSerialization.jsonObject(with: Data(buffer: bytes)) as? [String: Any],
           let text = object["text"] as? String {
            fuzzRequire(text.unicodeScalars.elementsEqual(document.source.unicodeScalars),
                        "text \(document.source.debugDescription), JSONSerialization \(text.debugDescription)")
        }
        if let date = document.metadata.datePublished {
            fuzzRequire(CivilDate(iso: date) != nil, "datePublished \(date) is not yyyy-MM-dd")
        }
    case .failure(let reason):
        fuzzRequire(!reason.text.isEmpty, "rejection without a reason")
    }
}
