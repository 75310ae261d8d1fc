/// A day of the proleptic Gregorian calendar (CE year, month 1-12, day 1-31).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `yyyy-MM-dd` (the ISO 8601 calendar date).
    public var description: String { DateValueFormatter.iso(year: year, month: month, day: day) }

    /// Parses `yyyy-MM-dd` (the prefix of an ISO 8601 date-time is accepted); nil otherwise.
    public init?(iso: String) {
        let scalars = Array(iso.unicodeScalars.prefix(10))
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard let digit = DateScalars.digitValue(scalars[i]) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
