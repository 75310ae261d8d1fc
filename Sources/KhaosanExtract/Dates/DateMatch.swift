import KhaosanCore

/// One date found by `DateScanner`, in scalar offsets of the normalised text.
struct DateMatch: Equatable, Sendable {
    var range: ScalarRange
    var expression: DateExpression
    /// `early`, `mid`, `late`, `end` for vague expressions ("ปลายปี 2562").
    var qualifier: String?
    var tense: DateTense?
    /// The rule that matched, e.g. `date.day-month-year`.
    var rule: String
}
