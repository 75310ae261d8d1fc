import KhaosanCore

/// The tags of the sequence tagger: BILOU (begin, inside, last, outside,
/// unit) or BIO over a list of labels. Tag 0 is always `O`.
///
/// BILOU: label k has tags `B = 1+4k`, `I = 2+4k`, `L = 3+4k`, `U = 4+4k`.
/// BIO: label k has tags `B = 1+2k`, `I = 2+2k`.
public struct TagScheme: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case bio = 1, bilou = 2 }

    public let kind: Kind
    public let labels: [MentionLabel]

    public init(kind: Kind, labels: [MentionLabel]) {
        self.kind = kind
        self.labels = labels
    }

    /// The default: BILOU over PERSON, ORG, PLACE, DATE.
    public static let standard = TagScheme(kind: .bilou, labels: [.person, .organization, .place, .date])

    private var perLabel: Int { kind == .bilou ? 4 : 2 }

    /// Number of tags, `O` included.
    public var count: Int { 1 + perLabel * labels.count }

    /// The label of a tag, nil for `O`.
    public func label(of tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / perLabel }

    /// The position letter of a tag: "O", "B", "I", "L" or "U".
    public func position(of tag: Int) -> Character {
        if tag == 0 { return "O" }
        let p = (tag - 1) % perLabel
        return kind == .bilou ? ["B", "I", "L", "U"][p] : ["B", "I"][p]
    }

    /// A readable name, e.g. `B-PERSON`.
    public func name(of tag: Int) -> String {
        guard let l = label(of: tag) else { return "O" }
        return "\(position(of: tag))-\(labels[l].rawValue)"
    }

    /// Whether a sequence may start with `tag`.
    public func canStart(_ tag: Int) -> Bool {
        let p = position(of: tag)
        return p == "O" || p == "B" || p == "U"
    }

    /// Whether a sequence may end with `tag`.
    public func canEnd(_ tag: Int) -> Bool {
        let p = position(of: tag)
        return kind == .bio || p == "O" || p == "L" || p == "U"
    }

    /// Whether `next` may follow `previous`.
    public func allows(_ previous: Int, _ next: Int) -> Bool {
        let pp = position(of: previous), np = position(of: next)
        let continues = np == "I" || np == "L"
        if kind == .bio {
            if np == "I" { return previous != 0 && label(of: previous) == label(of: next) }
            return true
        }
        let open = pp == "B" || pp == "I"
        if open { return continues && label(of: previous) == label(of: next) }
        return !continues
    }

    /// Tags for `count` units given spans as unit index ranges `[start, end)` with a label index.
    /// Spans must not overlap; later overlapping spans are skipped.
    public func encode(count: Int, spans: [(start: Int, end: Int, label: Int)]) -> [Int] {
        var tags = [Int](repeating: 0, count: count)
        for span in spans.sorted(by: { $0.start < $1.start }) where span.end > span.start {
            if tags[span.start..<span.end].contains(where: { $0 != 0 }) { continue }
            let base = 1 + perLabel * span.label
            if kind == .bio {
                tags[span.start] = base
                for i in (span.start + 1)..<span.end { tags[i] = base + 1 }
            } else if span.end - span.start == 1 {
                tags[span.start] = base + 3
            } else {
                tags[span.start] = base
                for i in (span.start + 1)..<(span.end - 1) { tags[i] = base + 1 }
                tags[span.end - 1] = base + 2
            }
        }
        return tags
    }

    /// Spans (unit index ranges with label index) read from a tag sequence.
    /// Ill-formed sequences are read leniently: an entity ends where its label changes or `O` comes.
    public func decode(_ tags: [Int]) -> [(start: Int, end: Int, label: Int)] {
        var spans: [(start: Int, end: Int, label: Int)] = []
        var open: (start: Int, label: Int)?
        for (i, tag) in tags.enumerated() {
            let p = position(of: tag)
            let l = label(of: tag)
            if let o = open, p == "B" || p == "U" || p == "O" || l != o.label {
                spans.append((o.start, i, o.label))
                open = nil
            }
            guard let l else { continue }
            if open == nil { open = (i, l) }
            if p == "L" || p == "U" {
                spans.append((open!.start, i + 1, l))
                open = nil
            }
        }
        if let o = open { spans.append((o.start, tags.count, o.label)) }
        return spans
    }
}
