import KhaosanCore
import KhaosanExtract

/// Whether a system mention spans a gold occurrence (graph evaluation):
/// - covered: a mention of the occurrence's label whose start and end are each within
///   `slack` code points of the occurrence's (either side); a PERSON mention may also start
///   earlier when the text between its start and the occurrence is only person titles and
///   spaces (`person-titles.txt`: "พล.อ.ประยุทธ์ จันทร์โอชา" spans "ประยุทธ์ จันทร์โอชา");
/// - not scored: no mention covers it, and a longer mention (any label) contains it ("ราชบุรี"
///   inside the ORG "อาคารราชบุรีดิเรกฤทธิ์": the system read a longer name);
/// - missed: otherwise.
public struct OccurrenceCoverage: Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Spanned by the mention at this index of the article's mentions.
        case covered(Int)
        case missed
        case nested
    }

    /// Code points a mention may differ from the occurrence at each end.
    public var slack: Int
    private let titles: ScalarTrie

    public init(slack: Int = 2) {
        self.slack = slack
        self.titles = PersonWordLists.bundled.titles
    }

    /// The outcome of `occurrence` (source range, `label`) among `mentions` of its article
    /// (sorted by start), whose source text is `source`.
    public func outcome(of occurrence: ScalarRange, label: MentionLabel, mentions: [GraphMention],
                        source: [Unicode.Scalar]) -> Outcome {
        var best: (index: Int, cost: Int)?
        var nested = false
        for (index, mention) in mentions.enumerated() {
            let m = mention.range
            if m.start > occurrence.end { break }
            if m.contains(occurrence) && m.count > occurrence.count { nested = true }
            guard mention.label == label, abs(m.end - occurrence.end) <= slack else { continue }
            var cost = abs(m.start - occurrence.start) + abs(m.end - occurrence.end)
            if abs(m.start - occurrence.start) > slack {
                guard label == .person, m.start < occurrence.start,
                      isTitles(source, from: m.start, to: occurrence.start) else { continue }
                cost += 1000   // a plain span within the slack is preferred
            }
            if best == nil || cost < best!.cost { best = (index, cost) }
        }
        if let best { return .covered(best.index) }
        return nested ? .nested : .missed
    }

    /// Whether `source[start..<end]` is one or more person titles, with spaces between or after them.
    func isTitles(_ source: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard end <= source.count else { return false }
        var at = start
        var sawTitle = false
        while at < end {
            if source[at].properties.isWhitespace || source[at] == "\u{200B}" {
                at += 1
                continue
            }
            guard let next = titles.matchEnds(in: source, at: at).last(where: { $0 <= end }) else { return false }
            at = next
            sawTitle = true
        }
        return sawTitle
    }
}
