/// Formats ISO 8601 date values: calendar dates, reduced precision (`2019`,
/// `2019-11`), dates without a year (`--11-16`, ISO 8601:2000) and intervals (`a/b`).
public enum DateValueFormatter {
    public static func iso(year: Int?, month: Int?, day: Int?) -> String? {
        switch (year, month, day) {
        case let (y?, m?, d?): return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        case let (y?, m?, nil): return "\(pad(y, 4))-\(pad(m, 2))"
        case let (y?, nil, nil): return pad(y, 4)
        case let (nil, m?, d?): return "--\(pad(m, 2))-\(pad(d, 2))"
        case let (nil, m?, nil): return "--\(pad(m, 2))"
        default: return nil
        }
    }

    static func iso(year: Int, month: Int, day: Int) -> String {
        iso(year: year as Int?, month: month, day: day)!
    }

    /// `start/end`, or nil unless both ends have a value.
    public static func interval(_ start: String?, _ end: String?) -> String? {
        guard let start, let end else { return nil }
        return "\(start)/\(end)"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}
