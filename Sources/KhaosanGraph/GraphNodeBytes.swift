/// The one-line JSON of a `GraphNode`, written straight as UTF-8 bytes with keys in
/// code-point order, without building a `JSONValue` tree (entity and article nodes are
/// ~a third of a graph's bytes). The test oracle `JSONLDWriter.object(for:)` gives the same bytes.
enum GraphNodeBytes {
    /// Keys the node writes itself; a non-empty property with one of these names replaces it.
    private static let ownKeys: Set<String> = ["@id", "@type", "name", "alternateName"]

    /// Appends `node` as one line of JSON.
    static func append(_ node: GraphNode, to out: inout [UInt8]) {
        var keys: [String] = ["@id", "@type"]
        keys.reserveCapacity(node.properties.count + 4)
        if !node.names.isEmpty { keys.append("name") }
        if !node.alternateNames.isEmpty { keys.append("alternateName") }
        var replacesOwnKey = false
        for (property, values) in node.properties where !values.isEmpty {
            if ownKeys.contains(property) {
                replacesOwnKey = true
                if keys.contains(property) { continue }
            }
            keys.append(property)
        }
        keys.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        out.append(0x7B)
        for (index, key) in keys.enumerated() {
            if index > 0 { out.append(0x2C) }
            JSONWriter.appendString(key, to: &out)
            out.append(0x3A)
            let ownKey = replacesOwnKey && node.properties[key]?.isEmpty == false ? "" : key
            switch ownKey {
            case "@id": JSONWriter.appendString(node.id, to: &out)
            case "@type":
                if node.types.count == 1 { JSONWriter.appendString(node.types[0], to: &out) }
                else { appendArray(node.types, to: &out) }
            case "name": appendMap(node.names, to: &out) { JSONWriter.appendString($0, to: &$1) }
            case "alternateName":
                appendMap(node.alternateNames, to: &out) { names, out in
                    if names.count == 1 { JSONWriter.appendString(names[0], to: &out) }
                    else { appendArray(names, to: &out) }
                }
            default:
                let values = node.properties[key]!
                if values.count == 1 { append(values[0], to: &out) }
                else {
                    out.append(0x5B)
                    for (i, value) in values.enumerated() {
                        if i > 0 { out.append(0x2C) }
                        append(value, to: &out)
                    }
                    out.append(0x5D)
                }
            }
        }
        out.append(0x7D)
    }

    private static func append(_ value: GraphValue, to out: inout [UInt8]) {
        switch value {
        case .text(let s): JSONWriter.appendString(s, to: &out)
        case .reference(let iri):
            raw(#"{"@id":"#, &out); JSONWriter.appendString(iri, to: &out); out.append(0x7D)
        case .typed(let v, let datatype):
            raw(#"{"@type":"#, &out); JSONWriter.appendString(datatype, to: &out)
            raw(#","@value":"#, &out); JSONWriter.appendString(v, to: &out); out.append(0x7D)
        }
    }

    /// A language map (`{}` when empty), keys in code-point order.
    private static func appendMap<V>(_ map: [String: V], to out: inout [UInt8], _ value: (V, inout [UInt8]) -> Void) {
        out.append(0x7B)
        let keys = map.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (index, key) in keys.enumerated() {
            if index > 0 { out.append(0x2C) }
            JSONWriter.appendString(key, to: &out)
            out.append(0x3A)
            value(map[key]!, &out)
        }
        out.append(0x7D)
    }

    private static func appendArray(_ strings: [String], to out: inout [UInt8]) {
        out.append(0x5B)
        for (index, s) in strings.enumerated() {
            if index > 0 { out.append(0x2C) }
            JSONWriter.appendString(s, to: &out)
        }
        out.append(0x5D)
    }

    private static func raw(_ text: StaticString, _ out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}
