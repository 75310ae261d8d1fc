/// A year as written: its number, how many digits, and the era if one was named.
struct WrittenYear: Equatable, Sendable {
    var number: Int
    var digits: Int
    var era: DateWord.Era?
    /// The era a 2-digit year without an era defaults to (BE after a Thai month).
    var defaultEra: DateWord.Era = .buddhist
}
