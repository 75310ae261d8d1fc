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
