import Foundation

/// One line of a gold JSONL file: `{"id", "text", "spans": [{start, end, label, text}]}`
/// with scalar offsets (DESIGN §6).
public struct GoldDocument: Hashable, Codable, Sendable {
    public var id: String
    public var text: String
    public var spans: [GoldSpan]

    public init(id: String, text: String, spans: [GoldSpan]) {
        self.id = id
        self.text = text
        self.spans = spans
    }

    /// Reads a gold JSONL file; blank lines are skipped, a bad line throws with its number.
    public static func load(jsonl path: String) throws -> [GoldDocument] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(location: path, reason: "cannot read gold file")
        }
        let decoder = JSONDecoder()
        var documents: [GoldDocument] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            do {
                documents.append(try decoder.decode(GoldDocument.self, from: Data(line)))
            } catch {
                throw IngestError(location: "\(path):\(index + 1)", reason: "not a gold document: \(error)")
            }
        }
        return documents
    }

    /// Whether this document belongs to the fixed ThaiNER dev part: the numeric
    /// suffix of its id is divisible by 10 (`thainer-train-0010`). Everything else is train.
    public var isThaiNERDev: Bool {
        guard let number = Int(id.split(separator: "-").last ?? "") else { return false }
        return number % 10 == 0
    }
}
