import KhaosanCore
import KhaosanText

/// Finds DATE mentions and gives each an ISO 8601 value (`2023-11-16`,
/// `2023-11`, `2019`, `--11-16`, intervals `a/b`), converting Buddhist-era
/// years through ICU's calendar (see `DateResolver`).
///
/// Month, weekday and era names come from ICU's Thai locale data, loaded once.
/// Mention ranges are Unicode scalar offsets of the normalised text (`AnalyzedDocument`).
public struct DateExtractor: MentionExtractor {
    public let name = "dates"
    public let labels: Set<MentionLabel> = [.date]
    public let convention: DateSpanConvention
    private let scanner: DateScanner
    let calendar: ThaiCalendar

    /// The rule (`Mention.source`) of a date counted from the article's day ("วันนี้", "ปีหน้า").
    public static let relativeRule = "date.relative"
    /// The rule of a range from such a day to a written date ("ตั้งแต่วันนี้ – 31 ธันวาคม 2568").
    public static let relativeRangeRule = "date.relative-range"

    /// Whether a DATE mention made by `source` is counted from the article's day (`relativeRule`,
    /// `relativeRangeRule`): its value is the reader's inference, not a date the text writes.
    public static func isRelative(source: String) -> Bool {
        source == relativeRule || source == relativeRangeRule
    }

    /// - Parameter convention: where spans start and end (default: the project's gold).
    public init(convention: DateSpanConvention = .project) throws {
        let vocabulary = try DateVocabulary.shared.get()
        guard let calendar = ThaiCalendar.shared else {
            throw ICUError(code: 1, operation: "ucal_open(th_TH@calendar=buddhist)")
        }
        self.convention = convention
        self.scanner = DateScanner(vocabulary: vocabulary, convention: convention)
        self.calendar = calendar
    }

    public func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        let matches = scanner.scan(document.document.textScalars)
        guard !matches.isEmpty else { return [] }
        let anchor = document.document.metadata.datePublished.flatMap(CivilDate.init(iso:))
        let resolver = DateResolver(calendar: calendar, anchor: anchor)
        var values = matches.map { resolver.value(of: $0) }
        let scalars = document.document.textScalars
        if let anchor, let event = eventDay(in: matches, values: values, scalars: scalars, anchor: anchor) {
            let eventResolver = DateResolver(calendar: calendar, anchor: event.day)
            for k in matches.indices where k > event.index && Self.countsFromEventDay(matches[k]) {
                values[k] = eventResolver.value(of: matches[k])
            }
        }
        for k in matches.indices.dropLast() {
            if let written = writtenDay(after: k, in: matches, values: values, scalars: scalars) { values[k] = written }
        }
        return matches.indices.map { k in
            let match = matches[k]
            var mention = document.mention(textRange: match.range, label: .date, source: match.rule,
                                           value: values[k], confidence: Self.confidence(match))
            mention.qualifier = match.qualifier
            return mention
        }
    }

    /// The value of the day written right after the relative day `matches[k]` ("วันนี้ (22 กรกฎาคม 2568)",
    /// "วันนี้ 18 ธันวาคม 2567"), when that day lies within `writtenDayReach` days of the relative day's own
    /// value: the text names the day the article's date only approximates (news written the day before it is
    /// published). Farther days are typos of the year or month ("วันนี้ (9 มกราคม 2567)" in a 2025 article)
    /// and leave the relative value. Only spaces and one "(" may stand between the two.
    private func writtenDay(after k: Int, in matches: [DateMatch], values: [String?], scalars: [Unicode.Scalar]) -> String? {
        guard case .relative(let relative) = matches[k].expression, relative.unit == .day,
              case .point(let written) = matches[k + 1].expression, written.day != nil,
              let own = values[k].flatMap(CivilDate.init(iso:)), let value = values[k + 1],
              let day = CivilDate(iso: value) else { return nil }
        var gap = scalars[matches[k].range.end..<matches[k + 1].range.start].filter { !ScalarClass.isInlineSpace($0) }
        if gap.first == "(" { gap.removeFirst() }
        guard gap.isEmpty, let earliest = calendar.adding(-Self.writtenDayReach, .day, to: own),
              let latest = calendar.adding(Self.writtenDayReach, .day, to: own), earliest <= day, day <= latest else { return nil }
        return value
    }

    /// Days between a relative day's value and the day written after it for the written one to win.
    static let writtenDayReach = 7

    /// A date with digits is sure; a month name alone, a relative or weekday word
    /// may also belong to a name ("งานวันนี้…"), so another stage's span may win.
    static func confidence(_ match: DateMatch) -> Double {
        switch match.expression {
        case .relative, .weekday: return 0.9
        case .point(let date) where date.day == nil && date.year == nil: return 0.9
        default: return 1.0
        }
    }
}
