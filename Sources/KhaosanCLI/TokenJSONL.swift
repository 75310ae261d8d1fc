import Foundation
import Khaosan

/// One JSON line per document for `segment --format jsonl`; ranges are scalar
/// offsets into the source text.
enum TokenJSONL {
    private struct Line: Encodable {
        let id: String
        let tokens: [Item]
    }

    private struct Item: Encodable {
        let start: Int
        let end: Int
        let kind: TokenKind
        let text: String
    }

    static func line(document: Document, tokens: [Token]) -> String {
        let items = tokens.map { token -> Item in
            let range = document.offsetMap.sourceRange(token.range)
            return Item(start: range.start, end: range.end, kind: token.kind, text: document.sourceText(range))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Line(id: document.id, tokens: items))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
