import KhaosanIO

/// A JSON value of a graph file as `GraphReader` reads it, parsed with the project's JSON
/// parser (`JSONLineParser`): strings decoded, numbers kept as their text, objects with the
/// last of a repeated key, `true`/`false`/`null` as `other`.
indirect enum GraphJSON {
    case string(String)
    case number(String)
    case object([String: GraphJSON])
    case array([GraphJSON])
    case other

    /// The value `bytes` holds (one JSON object or array, whitespace around it allowed).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> GraphJSON {
        var start = 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let kind: JSONValueKind = start < bytes.count && bytes[start] == UInt8(ascii: "[") ? .array : .object
        return try value(bytes, JSONMember(key: "", kind: kind, valueRange: 0..<bytes.count, hasEscapes: false))
    }

    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ member: JSONMember) throws -> GraphJSON {
        let slice = UnsafeBufferPointer(rebasing: bytes[member.valueRange])
        switch member.kind {
        case .string:
            return .string(try JSONStringDecoder.decode(bytes, range: member.valueRange, hasEscapes: member.hasEscapes))
        case .number: return .number(String(decoding: slice, as: UTF8.self))
        case .object:
            var members: [String: GraphJSON] = [:]
            for inner in try JSONLineParser.members(of: slice) { members[inner.key] = try value(slice, inner) }
            return .object(members)
        case .array: return .array(try JSONLineParser.elements(ofArray: slice).map { try value(slice, $0) })
        case .bool, .null: return .other
        }
    }

    /// The member `key` of an object.
    subscript(key: String) -> GraphJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var object: [String: GraphJSON]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// A string as one string, an array's strings, otherwise none.
    var strings: [String] {
        switch self {
        case .string(let text): return [text]
        case .array(let items): return items.compactMap(\.string)
        default: return []
        }
    }
}
