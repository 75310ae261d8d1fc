import KhaosanCore

/// A labelled span of a gold (or predicted) document, Prodigy/spaCy style.
/// `start` and `end` are Unicode scalar offsets into the document's text, half-open.
public struct GoldSpan: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int
    public var label: String
    public var text: String?

    public init(start: Int, end: Int, label: String, text: String? = nil) {
        self.start = start
        self.end = end
        self.label = label
        self.text = text
    }

    public var range: ScalarRange { ScalarRange(start, end) }

    public static func < (lhs: GoldSpan, rhs: GoldSpan) -> Bool {
        (lhs.start, lhs.end, lhs.label) < (rhs.start, rhs.end, rhs.label)
    }
}
