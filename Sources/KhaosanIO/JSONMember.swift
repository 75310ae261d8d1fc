/// One member of a top-level JSON object: its decoded key and where its value
/// lies in the line (byte offsets, the whole value: quotes, brackets included).
package struct JSONMember: Equatable, Sendable {
    package var key: String
    package var kind: JSONValueKind
    package var valueRange: Range<Int>
    /// For a string: whether it contains backslash escapes (decoding is then slower).
    package var hasEscapes: Bool

    package init(key: String, kind: JSONValueKind, valueRange: Range<Int>, hasEscapes: Bool) {
        self.key = key
        self.kind = kind
        self.valueRange = valueRange
        self.hasEscapes = hasEscapes
    }
}
