import Foundation
import KhaosanIO
import KhaosanCore

/// One line of a gold JSONL file: `{"id", "text", "spans": [{start, end, label, text}]}`
/// with offsets in Unicode scalars (code points) of `text`, end exclusive; labels PERSON,
/// ORG, PLACE, DATE (EVENT optional).
public struct GoldDocument: Hashable, Codable, Sendable {
    public var id: String
    public var text: String
    public var spans: [GoldSpan]

    public init(id: String, text: String, spans: [GoldSpan]) {
        self.id = id
        self.text = text
        self.spans = spans
    }

    /// Reads a gold JSONL file; blank lines are skipped, a bad line throws with its
    /// (1-based, blank lines counted) number: not JSON, a missing field, or a span
    /// outside the text or whose `text` differs from the text at its offsets.
    public static func load(jsonl path: String) throws -> [GoldDocument] {
        let decoder = JSONDecoder()
        var documents: [GoldDocument] = []
        try GoldJSONLines.forEachLine(path: path) { line, number in
            let location = "\(path):\(number)"
            let document: GoldDocument
            do {
                document = try decoder.decode(GoldDocument.self, from: line)
            } catch {
                throw InputError(location: location, reason: "not a gold document: \(Self.describe(error))")
            }
            if let problem = document.spanProblem {
                throw InputError(location: location, reason: "gold document \(document.id): \(problem)")
            }
            documents.append(document)
        }
        return documents
    }

    /// The first span that does not fit the text or overlaps another (gold spans are flat:
    /// overlapping ones cannot all be matched exactly), in words; nil when every span fits.
    public var spanProblem: String? {
        let scalars = Array(text.unicodeScalars)
        let ordered = spans.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for (earlier, later) in zip(ordered, ordered.dropFirst()) where later.start < earlier.end {
            return "span \(later.start)..<\(later.end) (\(later.label)) overlaps span \(earlier.start)..<\(earlier.end) (\(earlier.label))"
        }
        for span in spans {
            let where_ = "span \(span.start)..<\(span.end) (\(span.label))"
            guard span.start >= 0, span.start < span.end else { return "\(where_) is empty or reversed" }
            guard span.end <= scalars.count else {
                return "\(where_) ends beyond the text (\(scalars.count) Unicode scalars)"
            }
            if let expected = span.text {
                var actual = String.UnicodeScalarView()
                actual.append(contentsOf: scalars[span.start..<span.end])
                if String(actual) != expected {
                    return "\(where_) covers '\(String(actual))' but its text is '\(expected)'"
                }
            }
        }
        return nil
    }

    /// A decoding error in a sentence: which field is missing or of the wrong type.
    private static func describe(_ error: Error) -> String {
        func field(_ path: [CodingKey], _ key: CodingKey? = nil) -> String {
            let keys = (path + (key.map { [$0] } ?? [])).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "missing \"\(field(context.codingPath, key))\""
        case .typeMismatch(let type, let context)?: return "\"\(field(context.codingPath))\" has the wrong type (expected \(type))"
        case .valueNotFound(let type, let context)?: return "\"\(field(context.codingPath))\" is null, expected a \(type)"
        case .dataCorrupted(let context)?:
            return context.codingPath.isEmpty ? "not valid JSON" : "\"\(field(context.codingPath))\": \(context.debugDescription)"
        default: return "\(error)"
        }
    }

    /// Whether this document belongs to the fixed ThaiNER dev part: the numeric
    /// suffix of its id is divisible by 10 (`thainer-train-0010`). Everything else is train.
    public var isThaiNERDev: Bool {
        guard let number = Int(id.split(separator: "-").last ?? "") else { return false }
        return number % 10 == 0
    }
}
