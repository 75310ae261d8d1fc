import KhaosanCore

// The date model: what `DateScanner` finds (`DateMatch`) and what it denotes before
// `DateResolver` turns it into ISO values.

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

/// What a matched date expression denotes, before conversion to ISO values.
enum DateExpression: Equatable, Sendable {
    case point(WrittenDate)
    case range(WrittenDate, WrittenDate)
    case relative(RelativeDate)
    /// A weekday (1 = Sunday … 7 = Saturday) relative to the article's date:
    /// "วันศุกร์นี้" (coming, or today), "วันอังคารที่ผ่านมา" (past); "วันจันทร์หน้า" has no value.
    case weekday(Int, DateTense?)
    /// From a relative day to a written date: "ตั้งแต่วันนี้ – 31 ธันวาคม 2568".
    case relativeRange(RelativeDate, WrittenDate)
}

/// A date as written, before conversion: any of its parts may be missing.
struct WrittenDate: Equatable, Sendable {
    var day: Int?
    var month: Int?
    var year: WrittenYear?
    /// A year relative to the article's date, as in "เม.ย.ปีที่แล้ว" (-1).
    var relativeYear: Int?
    /// Slash dates in the Christian era whose day/month order is not determined.
    var ambiguousOrder = false
}

/// A year as written: its number, how many digits, and the era if one was named.
struct WrittenYear: Equatable, Sendable {
    var number: Int
    var digits: Int
    var era: DateWord.Era?
    /// The era a 2-digit year without an era defaults to (BE after a Thai month).
    var defaultEra: DateWord.Era = .buddhist
}

/// A relative date expression: `amount` `unit`s from the article's date.
struct RelativeDate: Equatable, Sendable {
    enum Unit: String, Sendable { case day, week, month, year }
    var unit: Unit
    var amount: Int
}

/// Whether the text around a yearless date says it is past or coming.
enum DateTense: Sendable {
    case past, coming
    /// "15 กุมภาพันธ์ของทุกปี": every year, so no year is implied.
    case everyYear
}
