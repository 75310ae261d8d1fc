/// What a matched date expression denotes, before conversion to ISO values.
enum DateExpression: Equatable, Sendable {
    case point(WrittenDate)
    case range(WrittenDate, WrittenDate)
    case relative(RelativeDate)
    /// A weekday (1 = Sunday … 7 = Saturday) relative to the article's date:
    /// "วันศุกร์นี้" (coming, or today), "วันอังคารที่ผ่านมา" (past); "วันจันทร์หน้า" has no value.
    case weekday(Int, DateTense?)
}
