import Foundation
import Khaosan

/// One JSON line per document for `dates --format jsonl`, in the gold format
/// (`GoldDocument`): spans with scalar offsets of the source text, plus values.
enum DateMentionJSONL {
    private struct Line: Encodable {
        let id: String
        let spans: [Span]
    }

    private struct Span: Encodable {
        let start: Int
        let end: Int
        let label: String
        let text: String
        let value: String?
        let qualifier: String?
        let rule: String
    }

    static func line(id: String, mentions: [Mention]) -> String {
        let spans = mentions.map {
            Span(start: $0.range.start, end: $0.range.end, label: $0.label.rawValue, text: $0.text,
                 value: $0.value, qualifier: $0.qualifier, rule: $0.source)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Line(id: id, spans: spans))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
