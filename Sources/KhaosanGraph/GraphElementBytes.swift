/// Reads a few fields of one `@graph` element straight from its bytes, without parsing it,
/// for the fast path of `GraphDiff` (most elements of two graphs are byte-identical). The
/// fields are found in the layout `JSONLDWriter` writes (`{"@id":"…"` first; an annotation's
/// label and body by their keys); nil when the bytes look otherwise (an escape in the value,
/// another layout), and the caller then parses the element.
enum GraphElementBytes {
    private static let idKey = Array(#"{"@id":""#.utf8)
    private static let labelKey = Array(#""khaosan:label":""#.utf8)
    private static let bodyKey = Array(#""oa:hasBody":{"@id":""#.utf8)
    private static let annotationType = Array(#""@type":"oa:Annotation""#.utf8)

    /// The `@id` when the element starts with it.
    static func id(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count > idKey.count, bytes.starts(with: idKey) else { return nil }
        return string(bytes, from: idKey.count)
    }

    /// Whether the element is an `oa:Annotation` (its type within the first bytes, where the writer puts it).
    static func isAnnotation(_ bytes: [UInt8]) -> Bool {
        find(annotationType, in: bytes, limit: 1024) != nil
    }

    /// An annotation's label and body IRI.
    static func labelAndBody(_ bytes: [UInt8]) -> (label: String, body: String)? {
        guard let l = find(labelKey, in: bytes, limit: 8192), let label = string(bytes, from: l),
              let b = find(bodyKey, in: bytes, limit: 8192), let body = string(bytes, from: b) else { return nil }
        return (String(decoding: label, as: UTF8.self), String(decoding: body, as: UTF8.self))
    }

    /// The bytes of the JSON string whose content starts at `start`, up to the closing quote; nil if it has an escape.
    private static func string(_ bytes: [UInt8], from start: Int) -> [UInt8]? {
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case 0x22: return Array(bytes[start..<i])
            case 0x5C: return nil
            default: i += 1
            }
        }
        return nil
    }

    /// The index just after the first occurrence of `key` in the first `limit` bytes.
    private static func find(_ key: [UInt8], in bytes: [UInt8], limit: Int) -> Int? {
        let last = min(bytes.count, limit) - key.count
        guard last >= 0, let first = key.first else { return nil }
        var i = 0
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < key.count && bytes[i + j] == key[j] { j += 1 }
                if j == key.count { return i + key.count }
            }
            i += 1
        }
        return nil
    }
}
