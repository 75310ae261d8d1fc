import KhaosanCore
import KhaosanText

/// How khaosan builds IRIs under a configurable base: the same entity key gives the same IRI in every run.
///
/// Entities: `<base><kind>/<slug>-<hash>` where the slug is the RTGS romanisation of
/// the entity's id key (lower-case ASCII, `-` between words, at most 40 bytes) and the hash
/// 12 hex digits of FNV-1a over label and key, so ids depend only on the id key. The
/// `<kind>/…-<hash>` part never changes with the romanisation; `stableKey(of:)` reads it,
/// and `khaosan iri-map` pairs the IRIs of two graphs through it (docs/iri-stability.md). Articles:
/// `<base>doc/<id>`; mentions: `<base>doc/<id>#char=<start>,<end>` (RFC 5147).
public struct GraphIRI: Sendable {
    /// The base, ending in `/` or `#`.
    public let base: String
    public static let defaultBase = "https://example.org/khaosan/"

    public init(base: String = GraphIRI.defaultBase) {
        self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
    }

    public var dataset: String { base + "graph" }

    public func document(_ id: String) -> String { base + "doc/" + Self.percentEncode(id) }

    public func mention(document id: String, start: Int, end: Int) -> String {
        document(id) + "#char=\(start),\(end)"
    }

    /// The IRI of a resolved entity with `label` and id key `key`.
    public func entity(label: MentionLabel, key: String, romanizer: RTGSRomanizer?) -> String {
        let kind: String
        switch label {
        case .person: kind = "person"
        case .organization: kind = "org"
        case .place: kind = "place"
        case .event: kind = "event"
        case .date: kind = "date"
        }
        if label == .date && key.hasPrefix("v:") {
            return base + "date/" + Self.percentEncode(String(key.dropFirst(2)).replacingOccurrences(of: "/", with: "_"))
        }
        return base + kind + "/" + Self.slug(key, romanizer: romanizer, person: label == .person) + "-" + Self.hash(label.rawValue + "|" + key)
    }

    /// The part of an entity IRI that depends only on the entity's label and key:
    /// `<kind>/<hash>` (the path segment before the last, and what follows the slug's last `-`).
    /// nil for IRIs that are no `person`, `org`, `place` or `event` IRI (articles, mentions, dates).
    /// Two graphs' entities with the same stable key are the same entity, whatever their slugs.
    public static func stableKey(of iri: String) -> String? {
        let path = iri.split(separator: "/", omittingEmptySubsequences: false)
        guard path.count >= 2, let last = path.last, !last.contains("#"),
              ["person", "org", "place", "event"].contains(path[path.count - 2]),
              let dash = last.lastIndex(of: "-") else { return nil }
        let hash = last[last.index(after: dash)...]
        guard !hash.isEmpty, hash.allSatisfy(\.isHexDigit) else { return nil }
        return path[path.count - 2] + "/" + hash
    }

    /// The IRI of an auxiliary `time:Instant` for an ISO date value.
    public func instant(_ value: String) -> String { base + "date/" + Self.percentEncode(value) }

    static func slug(_ key: String, romanizer: RTGSRomanizer?, person: Bool) -> String {
        let latin = romanizer?.romanize(key, style: person ? .person : .other) ?? key
        // ASCII letters (lower-cased) and digits; any other run becomes one "-"; at most 40 bytes.
        var out: [UInt8] = []
        var lastDash = true
        for scalar in latin.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: out.append(UInt8(value + 0x20)); lastDash = false
            case 0x61...0x7A, 0x30...0x39: out.append(UInt8(value)); lastDash = false
            default:
                if !lastDash {
                    out.append(0x2D)
                    lastDash = true
                }
            }
            if out.count >= 40 { break }
        }
        while out.last == 0x2D { out.removeLast() }
        return out.isEmpty ? "x" : String(decoding: out, as: UTF8.self)
    }

    /// 12 hex digits of 64-bit FNV-1a over the UTF-8 of `text`.
    static func hash(_ text: String) -> String {
        let h = FNV1a.hash(text.utf8)
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
    }

    /// `url` as an absolute http(s) IRI: characters an IRI may not hold (spaces, controls,
    /// `<>"{}|\^` and backtick) percent-encoded; nil when it is not an http or https address.
    public static func webAddress(_ url: String) -> String? {
        let trimmed = String(url.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), trimmed.count > 8 else { return nil }
        var out = ""
        for scalar in trimmed.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || "<>\"{}|\\^`".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    package static func percentEncode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
