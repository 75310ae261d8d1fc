import KhaosanCore
import KhaosanIO

/// Writes a `DocumentExtraction` as one line of JSON, byte for byte what
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes for it,
/// without Foundation's generic `Encoder` machinery (which cost ~13% of a
/// one-job `extract`). Keys are written in sorted (String `<`) order, optionals
/// that are nil are left out, doubles use their shortest description without a
/// trailing ".0", strings escape `"`, `\` and U+0000–U+001F like Foundation.
struct ExtractionLineWriter {
    private(set) var bytes: [UInt8] = []

    /// Thrown for a non-finite confidence (JSONEncoder refuses those as well).
    struct NonFiniteNumber: Error, CustomStringConvertible {
        var value: Double
        var description: String { "cannot write the non-finite number \(value) as JSON" }
    }

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func write(_ e: DocumentExtraction) throws {
        raw("{\"contentHash\":"); string(e.contentHash)
        raw(",\"id\":"); string(e.id)
        raw(",\"mentions\":[")
        for (i, mention) in e.mentions.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            try write(mention)
        }
        raw("],\"metadata\":"); write(e.metadata)
        raw(",\"relations\":[")
        for (i, relation) in e.relations.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            write(relation)
        }
        raw("],\"sourceLength\":"); raw(String(e.sourceLength))
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func write(_ m: Mention) throws {
        raw("{\"attributes\":"); dictionary(m.attributes)
        guard m.confidence.isFinite else { throw NonFiniteNumber(value: m.confidence) }
        raw(",\"confidence\":"); number(m.confidence)
        raw(",\"label\":"); string(m.label.rawValue)
        if let person = m.person { raw(",\"person\":"); write(person) }
        if let qualifier = m.qualifier { raw(",\"qualifier\":"); string(qualifier) }
        raw(",\"range\":{\"end\":"); raw(String(m.range.end))
        raw(",\"start\":"); raw(String(m.range.start))
        raw("},\"source\":"); string(m.source)
        raw(",\"text\":"); string(m.text)
        if let value = m.value { raw(",\"value\":"); string(value) }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func write(_ r: RelationFact) {
        bytes.append(UInt8(ascii: "{"))
        if let literal = r.literal { raw("\"literal\":"); string(literal); bytes.append(UInt8(ascii: ",")) }
        if let object = r.object { raw("\"object\":"); write(object); bytes.append(UInt8(ascii: ",")) }
        raw("\"predicate\":"); string(r.predicate.rawValue)
        raw(",\"source\":"); string(r.source)
        raw(",\"subject\":"); write(r.subject)
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func write(_ range: ScalarRange) {
        raw("{\"end\":"); raw(String(range.end))
        raw(",\"start\":"); raw(String(range.start))
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func write(_ p: PersonNameParts) {
        bytes.append(UInt8(ascii: "{"))
        var first = true
        func key(_ name: String, _ writer: inout ExtractionLineWriter) {
            writer.raw(first ? "\"" : ",\""); writer.raw(name); writer.raw("\":")
            first = false
        }
        if let family = p.family { key("family", &self); string(family) }
        if let given = p.given { key("given", &self); string(given) }
        if let role = p.role { key("role", &self); string(role) }
        key("titles", &self)
        bytes.append(UInt8(ascii: "["))
        for (i, title) in p.titles.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(title)
        }
        raw("]}")
    }

    private mutating func write(_ m: DocumentMetadata) {
        bytes.append(UInt8(ascii: "{"))
        if let date = m.datePublished { raw("\"datePublished\":"); string(date); bytes.append(UInt8(ascii: ",")) }
        raw("\"extra\":"); dictionary(m.extra)
        if let source = m.source { raw(",\"source\":"); string(source) }
        if let title = m.title { raw(",\"title\":"); string(title) }
        if let url = m.url { raw(",\"url\":"); string(url) }
        bytes.append(UInt8(ascii: "}"))
    }

    /// `d` with its keys' serialised names (sorted as `String`s, as the keys of `[String: String]`).
    private mutating func dictionary(_ d: [MentionAttribute: String]) {
        bytes.append(UInt8(ascii: "{"))
        for (i, key) in d.keys.sorted().enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(key.rawValue)
            bytes.append(UInt8(ascii: ":"))
            string(d[key]!)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func dictionary(_ d: [String: String]) {
        bytes.append(UInt8(ascii: "{"))
        for (i, key) in d.keys.sorted().enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(key)
            bytes.append(UInt8(ascii: ":"))
            string(d[key]!)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    private mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func string(_ text: String) {
        JSONStringEscaper.append(text, to: &bytes, style: .shortBackspaceAndFormFeed)
    }
}
