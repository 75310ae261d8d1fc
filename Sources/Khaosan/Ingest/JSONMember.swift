/// The kind of a JSON value.
enum JSONValueKind: String, Sendable {
    case string, number, object, array, bool = "boolean", null
}

/// One member of a top-level JSON object: its decoded key and where its value
/// lies in the line (byte offsets, the whole value: quotes, brackets included).
struct JSONMember: Equatable, Sendable {
    var key: String
    var kind: JSONValueKind
    var valueRange: Range<Int>
    /// For a string: whether it contains backslash escapes (decoding is then slower).
    var hasEscapes: Bool
}

/// Why a JSON line could not be parsed; `offset` is the 0-based byte offset in the line.
struct JSONSyntaxError: Error, Equatable, CustomStringConvertible {
    var offset: Int
    var message: String

    var description: String { "\(message) (byte \(offset + 1) of the line)" }
}
