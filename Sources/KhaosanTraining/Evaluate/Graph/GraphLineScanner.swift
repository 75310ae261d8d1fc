import Foundation
import KhaosanIO

/// Byte-level look-ups in one line of a graph written by `JSONLDWriter` (a node per line,
/// IRIs percent-encoded, so IRI strings hold no JSON escapes).
enum GraphLineScanner {
    static let idKey = Array(#"{"@id":""#.utf8)
    static let graphKey = Array(#""@graph""#.utf8)
    static let annotationType = Array(#","@type":"oa:Annotation""#.utf8)
    static let labelKey = Array(#""khaosan:label":""#.utf8)
    static let bodyKey = Array(#""oa:hasBody":{"@id":""#.utf8)
    static let nameKey = Array(#""name":{"#.utf8)

    /// Offset of the first `needle` in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = bytes.baseAddress, let first = needle.first else { return nil }
        var at = from
        while at + needle.count <= bytes.count {
            guard let hit = memchr(base + at, Int32(first), bytes.count - needle.count + 1 - at) else { return nil }
            at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needle, needle.count) == 0 { return at }
            at += 1
        }
        return nil
    }

    /// The string value (without escapes) that follows `key` (which ends with the opening
    /// quote), and the offset after its closing quote; nil when `key` is not found within
    /// `limit` bytes of `from`.
    static func string(after key: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int,
                       limit: Int = .max) -> (value: String, end: Int)? {
        guard let at = find(key, in: bytes, from: from), at - from <= limit else { return nil }
        let start = at + key.count
        var end = start
        while end < bytes.count, bytes[end] != 0x22 {
            if bytes[end] == 0x5C { return nil }   // escapes: not an IRI or label
            end += 1
        }
        guard end < bytes.count else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), end + 1)
    }

    /// Whether `iri` is a PERSON, ORG or PLACE entity (`<base>person|org|place/<slug>`).
    static func isEntityIRI(_ iri: String) -> Bool {
        let parts = iri.split(separator: "/")
        guard parts.count >= 2 else { return false }
        return ["person", "org", "place"].contains(parts[parts.count - 2])
    }

    /// The node's `name` (Thai, else the first language in key order), read with the
    /// project's JSON parser from the name map only (nil unless every value is a string).
    static func name(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let at = find(nameKey, in: bytes, from: 0) else { return nil }
        let open = at + nameKey.count - 1
        var close = open
        var inString = false
        while close < bytes.count {
            let b = bytes[close]
            if inString {
                if b == 0x5C { close += 1 } else if b == 0x22 { inString = false }
            } else if b == 0x22 {
                inString = true
            } else if b == 0x7D {
                break
            }
            close += 1
        }
        guard close < bytes.count else { return nil }
        let object = UnsafeBufferPointer(rebasing: bytes[open...close])
        guard let members = try? JSONLineParser.members(of: object) else { return nil }
        var map: [String: String] = [:]
        for member in members {
            guard member.kind == .string,
                  let value = try? JSONStringDecoder.decode(object, range: member.valueRange, hasEscapes: member.hasEscapes)
            else { return nil }
            map[member.key] = value
        }
        return map["th"] ?? map.keys.sorted().first.flatMap { map[$0] }
    }
}
