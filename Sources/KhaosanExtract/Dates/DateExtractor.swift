import KhaosanCore

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
    private let calendar: ThaiCalendar

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
        return matches.map { match in
            var mention = document.mention(textRange: match.range, label: .date, source: match.rule,
                                           value: resolver.value(of: match), confidence: Self.confidence(match))
            mention.qualifier = match.qualifier
            return mention
        }
    }

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
