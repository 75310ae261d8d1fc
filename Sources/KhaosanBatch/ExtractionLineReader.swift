import Foundation
import KhaosanCore

/// Reads one line of `khaosan extract` output (the form `ExtractionLineWriter` writes) into a
/// `DocumentExtraction` straight from its UTF-8 bytes, without Foundation's generic `Decoder`
/// machinery (JSONDecoder was ~40% of a `merge`). It accepts what JSONDecoder accepts for
/// that form — keys in any order, whitespace between tokens, `null` or an absent key for an
/// optional, escapes including `\uXXXX` surrogate pairs — and gives up (returns nil) on
/// anything else: unknown or repeated keys, numbers that are not plain integers where an
/// integer is due, invalid UTF-8, lone surrogates. The caller then decodes the line with
/// JSONDecoder, so the result and the errors for unusual lines stay exactly JSONDecoder's.
struct ExtractionLineReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    private var scratch: [UInt8] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The extraction `line` holds, or nil when the line is not in the plain form (see above).
    static func extraction(_ line: some ContiguousBytes) -> DocumentExtraction? {
        line.withUnsafeBytes { raw in
            var reader = ExtractionLineReader(bytes: raw.bindMemory(to: UInt8.self))
            guard let extraction = reader.document() else { return nil }
            reader.skipSpace()
            return reader.at == reader.bytes.count ? extraction : nil
        }
    }

    // MARK: Records

    private mutating func document() -> DocumentExtraction? {
        var id: String?, metadata: DocumentMetadata?, hash: String?, length: Int?
        var mentions: [Mention]?, relations: [RelationFact]?
        let ok = object { r, key in
            switch key {
            case "id": id = r.string(); return id != nil
            case "metadata": metadata = r.metadata(); return metadata != nil
            case "contentHash": hash = r.string(); return hash != nil
            case "sourceLength": length = r.integer(); return length != nil
            case "mentions": mentions = r.array { $0.mention() }; return mentions != nil
            case "relations":
                if r.null() { relations = []; return true }
                relations = r.array { $0.relation() }; return relations != nil
            default: return false
            }
        }
        guard ok, let id, let metadata, let hash, let length, let mentions else { return nil }
        return DocumentExtraction(id: id, metadata: metadata, contentHash: hash, sourceLength: length,
                                  mentions: mentions, relations: relations ?? [])
    }

    private mutating func metadata() -> DocumentMetadata? {
        var title: String??, url: String??, date: String??, source: String??, extra: [String: String]?
        let ok = object { r, key in
            switch key {
            case "title": title = r.optionalString(); return title != nil
            case "url": url = r.optionalString(); return url != nil
            case "datePublished": date = r.optionalString(); return date != nil
            case "source": source = r.optionalString(); return source != nil
            case "extra": extra = r.dictionary { $0 }; return extra != nil
            default: return false
            }
        }
        guard ok, let extra else { return nil }
        return DocumentMetadata(title: title ?? nil, url: url ?? nil, datePublished: date ?? nil,
                                source: source ?? nil, extra: extra)
    }

    private mutating func mention() -> Mention? {
        var range: ScalarRange?, label: MentionLabel?, text: String?, value: String??, qualifier: String??
        var person: PersonNameParts??, confidence: Double?, source: String?, attributes: [MentionAttribute: String]?
        let ok = object { r, key in
            switch key {
            case "range": range = r.range(); return range != nil
            case "label": label = r.string().flatMap(MentionLabel.init(rawValue:)); return label != nil
            case "text": text = r.string(); return text != nil
            case "value": value = r.optionalString(); return value != nil
            case "qualifier": qualifier = r.optionalString(); return qualifier != nil
            case "person":
                if r.null() { person = .some(nil); return true }
                person = r.person().map { .some($0) }; return person != nil
            case "confidence": confidence = r.double(); return confidence != nil
            case "source": source = r.string(); return source != nil
            case "attributes": attributes = r.dictionary(MentionAttribute.init(rawValue:)); return attributes != nil
            default: return false
            }
        }
        guard ok, let range, let label, let text, let confidence, let source, let attributes else { return nil }
        return Mention(range: range, label: label, text: text, value: value ?? nil, qualifier: qualifier ?? nil,
                       person: person ?? nil, confidence: confidence, source: source, attributes: attributes)
    }

    private mutating func relation() -> RelationFact? {
        var subject: ScalarRange?, predicate: RelationPredicate?, object: ScalarRange??, literal: String??, source: String?
        let ok = self.object { r, key in
            switch key {
            case "subject": subject = r.range(); return subject != nil
            case "predicate": predicate = r.string().flatMap(RelationPredicate.init(rawValue:)); return predicate != nil
            case "object":
                if r.null() { object = .some(nil); return true }
                object = r.range().map { .some($0) }; return object != nil
            case "literal": literal = r.optionalString(); return literal != nil
            case "source": source = r.string(); return source != nil
            default: return false
            }
        }
        guard ok, let subject, let predicate, let source else { return nil }
        var fact = RelationFact(subject: subject, predicate: predicate, source: source)
        fact.object = object ?? nil
        fact.literal = literal ?? nil
        return fact
    }

    private mutating func person() -> PersonNameParts? {
        var titles: [String]?, given: String??, family: String??, role: String??
        let ok = object { r, key in
            switch key {
            case "titles": titles = r.array { $0.string() }; return titles != nil
            case "given": given = r.optionalString(); return given != nil
            case "family": family = r.optionalString(); return family != nil
            case "role": role = r.optionalString(); return role != nil
            default: return false
            }
        }
        guard ok, let titles else { return nil }
        return PersonNameParts(titles: titles, given: given ?? nil, family: family ?? nil, role: role ?? nil)
    }

    /// A range as the synthesized decoder reads it: fields assigned as they are (no `start <= end` check).
    private mutating func range() -> ScalarRange? {
        var start: Int?, end: Int?
        let ok = object { r, key in
            switch key {
            case "start": start = r.integer(); return start != nil
            case "end": end = r.integer(); return end != nil
            default: return false
            }
        }
        guard ok, let start, let end, start <= end else { return nil }
        return ScalarRange(start, end)
    }

    /// An object of strings, keyed by `makeKey` of each member name; nil when `makeKey` knows no key.
    private mutating func dictionary<Key: Hashable>(_ makeKey: (String) -> Key?) -> [Key: String]? {
        var result: [Key: String] = [:]
        let ok = object { r, key in
            guard let value = r.string(), let typed = makeKey(key) else { return false }
            return result.updateValue(value, forKey: typed) == nil
        }
        return ok ? result : nil
    }

    // MARK: JSON tokens

    /// Reads an object, calling `member` with each key (positioned at its value, which `member`
    /// must read); fails on a repeated key or when `member` returns false.
    private mutating func object(_ member: (inout ExtractionLineReader, String) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        var seen: [String] = []
        while true {
            skipSpace()
            guard let key = string(), !seen.contains(key), take(UInt8(ascii: ":")) else { return false }
            seen.append(key)
            skipSpace()
            guard member(&self, key) else { return false }
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    private mutating func array<T>(_ element: (inout ExtractionLineReader) -> T?) -> [T]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var result: [T] = []
        if take(UInt8(ascii: "]")) { return result }
        while true {
            skipSpace()
            guard let value = element(&self) else { return nil }
            result.append(value)
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "]")) ? result : nil
        }
    }

    /// `.some(nil)` for `null`, `.some(text)` for a string, nil (failure) otherwise.
    private mutating func optionalString() -> String?? {
        if null() { return .some(nil) }
        return string().map { .some($0) }
    }

    private mutating func null() -> Bool {
        guard bytes.count - at >= 4, bytes[at] == UInt8(ascii: "n"), bytes[at + 1] == UInt8(ascii: "u"),
              bytes[at + 2] == UInt8(ascii: "l"), bytes[at + 3] == UInt8(ascii: "l") else { return false }
        at += 4
        return true
    }

    private mutating func string() -> String? {
        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
        at += 1
        let start = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
                at += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            at += 1
        }
        return nil
    }

    /// The rest of a string that holds an escape; `start` is just after its opening quote.
    private mutating func escapedString(from start: Int) -> String? {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<at]))
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""): return String(validating: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { return nil }
                let escape = bytes[at]
                at += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    UTF8.encode(scalar) { scratch.append($0) }
                default: return nil
                }
            default:
                if byte < 0x20 { return nil }
                scratch.append(byte)
            }
        }
        return nil
    }

    /// The scalar of a `\uXXXX` escape (the `\u` read), joining a surrogate pair.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let unit = hex4() else { return nil }
        if unit < 0xD800 || unit > 0xDFFF { return Unicode.Scalar(unit) }
        guard unit < 0xDC00, bytes.count - at >= 6, bytes[at] == UInt8(ascii: "\\"),
              bytes[at + 1] == UInt8(ascii: "u") else { return nil }
        at += 2
        guard let low = hex4(), low >= 0xDC00, low <= 0xDFFF else { return nil }
        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - at >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[at]
            at += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// A plain integer (`-`? digits, no leading zero, no fraction or exponent) that fits an `Int`.
    private mutating func integer() -> Int? {
        let negative = take(UInt8(ascii: "-"))
        let start = at
        var value = 0
        while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[at] - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            value = sum
            at += 1
        }
        let digits = at - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        if at < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[at]) {
            return nil
        }
        return negative ? -value : value
    }

    /// A JSON number (strict grammar), converted by `Double`'s correctly rounded parser.
    private mutating func double() -> Double? {
        let start = at
        _ = take(UInt8(ascii: "-"))
        func digits(_ r: inout ExtractionLineReader) -> Int {
            let from = r.at
            while r.at < r.bytes.count, r.bytes[r.at] >= UInt8(ascii: "0"), r.bytes[r.at] <= UInt8(ascii: "9") {
                r.at += 1
            }
            return r.at - from
        }
        let intStart = at
        let intDigits = digits(&self)
        guard intDigits > 0, intDigits == 1 || bytes[intStart] != UInt8(ascii: "0") else { return nil }
        if take(UInt8(ascii: ".")), digits(&self) == 0 { return nil }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at += 1
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            if digits(&self) == 0 { return nil }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x09, 0x0A, 0x0D: at += 1
            default: return
            }
        }
    }

    /// Skips whitespace, then consumes `byte` if it is next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }
}
