/// A relative date expression: `amount` `unit`s from the article's date.
struct RelativeDate: Equatable, Sendable {
    enum Unit: String, Sendable { case day, week, month, year }
    var unit: Unit
    var amount: Int
}
