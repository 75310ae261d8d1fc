import Foundation

/// Where each entity IRI of an old graph went in a new one: entities are paired by the stable
/// part of their IRIs (`GraphIRI.stableKey`: kind and the hash of label and key), so a new
/// slug (a new romanisation) is a redirect, not a lost entity. `khaosan iri-map` writes it.
///
/// Both graphs are streamed; memory holds one IRI per entity, not the annotations.
public struct IRIRedirects: Sendable {
    /// Entity IRIs whose slug changed, old → new, sorted by the old IRI.
    public var moved: [(old: String, new: String)] = []
    /// Entities with the same IRI in both graphs.
    public var unchanged = 0
    /// Entity IRIs of the old graph with no entity of the same stable key in the new one, sorted.
    public var onlyOld: [String] = []
    /// Entities of the new graph with no entity of the same stable key in the old one.
    public var onlyNew = 0

    /// Pairs the entities of the graph files `oldPath` and `newPath`.
    /// - Throws: `GraphReader.ReadError` naming a file that is missing or no khaosan graph.
    public static func compare(oldPath: String, newPath: String) throws -> IRIRedirects {
        var old = try GraphItemStream(path: oldPath), new = try GraphItemStream(path: newPath)
        return try compare(&old, &new)
    }

    /// Pairs the entities of two graph streams.
    public static func compare(_ old: inout GraphItemStream, _ new: inout GraphItemStream) throws -> IRIRedirects {
        let before = try entityIRIs(&old), after = try entityIRIs(&new)
        var result = IRIRedirects()
        for (key, iri) in before {
            guard let now = after[key] else { result.onlyOld.append(iri); continue }
            if now == iri { result.unchanged += 1 } else { result.moved.append((iri, now)) }
        }
        result.onlyNew = after.keys.filter { before[$0] == nil }.count
        result.moved.sort { $0.old < $1.old }
        result.onlyOld.sort()
        return result
    }

    /// Stable key → entity IRI of every person, organisation, place and event node of `stream`.
    static func entityIRIs(_ stream: inout GraphItemStream) throws -> [String: String] {
        var iris: [String: String] = [:]
        while let element = try stream.nextElement() {
            let id: String
            if let quick = leadingID(element) {
                id = quick
            } else {
                id = try element.withUnsafeBufferPointer {
                    try GraphReader.item(bytes: $0, index: stream.count - 1, origin: stream.path).id
                }
            }
            if let key = GraphIRI.stableKey(of: id) { iris[key] = id }
        }
        return iris
    }

    /// The `@id` of an element written by `JSONLDWriter` (`{"@id":"…",`), without parsing the
    /// element; nil for any other layout or an `@id` with escapes.
    private static func leadingID(_ element: [UInt8]) -> String? {
        let prefix = Array(#"{"@id":""#.utf8)
        guard element.count > prefix.count, element.starts(with: prefix) else { return nil }
        var end = prefix.count
        while end < element.count, element[end] != UInt8(ascii: "\""), element[end] != UInt8(ascii: "\\") { end += 1 }
        guard end < element.count, element[end] == UInt8(ascii: "\"") else { return nil }
        return String(decoding: element[prefix.count..<end], as: UTF8.self)
    }
}
