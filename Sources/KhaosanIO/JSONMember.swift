/// One member of a top-level JSON object: its decoded key and where its value
/// lies in the line (byte offsets, the whole value: quotes, brackets included).
struct JSONMember: Equatable, Sendable {
    var key: String
    var kind: JSONValueKind
    var valueRange: Range<Int>
    /// For a string: whether it contains backslash escapes (decoding is then slower).
    var hasEscapes: Bool
}
