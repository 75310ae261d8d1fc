import KhaosanCore

/// Turns one JSON Lines record into a `RawDocument`, or says why it cannot.
///
/// Fields: `id` (a string, or a number kept as its JSON text; missing, null or
/// empty → `<file>:<line>`), `title`, `date` (ISO `yyyy-MM-dd`, or the date part
/// of an ISO timestamp → `datePublished`; a Buddhist-era year ≥ 2400, "2559-07-19", is
/// converted to the Christian era through `ThaiCalendar` → 2016-07-19; whenever
/// `datePublished` differs from the field, the field is kept verbatim in `extra["date"]`),
/// `url`, `source` (→ `metadata.source`;
/// when absent `metadata.source` is the input location), and `text` (a
/// non-blank string, required). Every other field, and a known field whose
/// value has an unexpected type, is kept verbatim in `metadata.extra` as its
/// JSON text.
struct JSONLRecordDecoder {
    /// Names the document in a default id: the input's file name (`archive.jsonl`).
    var fileName: String
    /// Where the input came from, for `metadata.source`: the path as given, or `<stdin>`.
    var inputLocation: String

    /// The document on `line` (1-based `lineNumber`), or the reason it is rejected.
    func decode(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> Result<RawDocument, RejectionReason> {
        let members: [JSONMember]
        do {
            members = try JSONLineParser.members(of: line)
        } catch let error as JSONSyntaxError {
            return .failure(RejectionReason("malformed JSON: \(error)"))
        } catch {
            return .failure(RejectionReason("malformed JSON: \(error)"))
        }
        var latest: [String: JSONMember] = [:]
        for member in members { latest[member.key] = member }

        do {
            guard let textMember = latest["text"] else {
                return .failure(RejectionReason("no \"text\" field"))
            }
            guard textMember.kind == .string else {
                return .failure(RejectionReason("\"text\" is \(article(textMember.kind)), not a string"))
            }
            let text = try string(textMember, in: line)
            guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                return .failure(RejectionReason(text.isEmpty ? "empty \"text\"" : "\"text\" is only whitespace"))
            }
            var metadata = DocumentMetadata()
            var id: String?
            for (key, member) in latest where key != "text" {
                switch (key, member.kind) {
                case ("id", .string):
                    let value = try string(member, in: line)
                    if !value.isEmpty { id = value }
                case ("id", .number):
                    id = try raw(member, in: line)
                case ("title", .string): metadata.title = try string(member, in: line)
                case ("url", .string): metadata.url = try string(member, in: line)
                case ("source", .string): metadata.source = try string(member, in: line)
                case ("date", .string):
                    let value = try string(member, in: line)
                    if let date = JSONLRecordDecoder.isoDate(value) {
                        let christian = JSONLRecordDecoder.christianEra(date)
                        metadata.datePublished = christian
                        if christian != value { metadata.extra[key] = try raw(member, in: line) }
                    } else {
                        metadata.extra[key] = try raw(member, in: line)
                    }
                case ("id", .null), ("title", .null), ("url", .null), ("source", .null), ("date", .null):
                    continue
                default:
                    metadata.extra[key] = try raw(member, in: line)
                }
            }
            if metadata.source == nil { metadata.source = "\(inputLocation):\(lineNumber)" }
            return .success(RawDocument(id: id ?? "\(fileName):\(lineNumber)", metadata: metadata, source: text))
        } catch let error as JSONSyntaxError {
            return .failure(RejectionReason("malformed JSON: \(error)"))
        } catch {
            return .failure(RejectionReason("malformed JSON: \(error)"))
        }
    }

    private func string(_ member: JSONMember, in line: UnsafeBufferPointer<UInt8>) throws -> String {
        try JSONStringDecoder.decode(line, range: member.valueRange, hasEscapes: member.hasEscapes)
    }

    private func raw(_ member: JSONMember, in line: UnsafeBufferPointer<UInt8>) throws -> String {
        try JSONStringDecoder.validated(UnsafeBufferPointer(rebasing: line[member.valueRange]),
                                        offset: member.valueRange.lowerBound)
    }

    private func article(_ kind: JSONValueKind) -> String {
        switch kind {
        case .object, .array: return "an \(kind.rawValue)"
        case .null: return "null"
        default: return "a \(kind.rawValue)"
        }
    }

    /// The smallest year taken as Buddhist era (a year ≥ 2400 is BE, anything lower CE: no CE year of the archives comes near 2400).
    static let firstBuddhistYear = 2400

    /// `date` (`yyyy-MM-dd`) in the Christian era: a Buddhist-era date ("2559-07-19", as some
    /// Thai archives write their metadata) converted by ICU's Buddhist calendar ("2016-07-19");
    /// other dates, and a BE day that does not exist, unchanged.
    static func christianEra(_ date: String) -> String {
        guard let parsed = CivilDate(iso: date), parsed.year >= firstBuddhistYear,
              let christian = ThaiCalendar.shared?.gregorian(buddhistYear: parsed.year, month: parsed.month, day: parsed.day)
        else { return date }
        return christian.description
    }

    /// `yyyy-MM-dd` when `value` is an ISO 8601 date or starts with one followed by `T` or a space.
    static func isoDate(_ value: String) -> String? {
        let utf8 = Array(value.utf8)
        guard utf8.count >= 10 else { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ utf8[$0] >= UInt8(ascii: "0") && utf8[$0] <= UInt8(ascii: "9") }),
              utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        guard utf8.count == 10 || utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " ") else { return nil }
        let month = Int(utf8[5] - 48) * 10 + Int(utf8[6] - 48)
        let day = Int(utf8[8] - 48) * 10 + Int(utf8[9] - 48)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(decoding: utf8[0..<10], as: UTF8.self)
    }
}
