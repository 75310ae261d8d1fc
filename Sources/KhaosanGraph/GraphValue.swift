/// One value of a node property in the graph.
public enum GraphValue: Hashable, Comparable, Sendable {
    /// A plain string (no language tag).
    case text(String)
    /// A reference to another node, by full IRI.
    case reference(String)
    /// A literal with a datatype, e.g. `("2023-11-16", "xsd:date")`.
    case typed(String, datatype: String)

    private var sortKey: (Int, String, String) {
        switch self {
        case .text(let s): return (0, s, "")
        case .reference(let s): return (1, s, "")
        case .typed(let s, let d): return (2, s, d)
        }
    }

    public static func < (a: GraphValue, b: GraphValue) -> Bool { a.sortKey < b.sortKey }

    /// The string of a text or typed value, or the IRI of a reference.
    public var string: String {
        switch self {
        case .text(let s), .reference(let s), .typed(let s, _): return s
        }
    }

    /// A typed literal for an ISO 8601 date value: `xsd:date`, `xsd:gYearMonth`,
    /// `xsd:gYear` or `xsd:gMonthDay` by its shape; nil for other strings.
    public static func isoDate(_ value: String) -> GraphValue? {
        guard let datatype = xsdDatatype(ofISODate: value) else { return nil }
        return .typed(value, datatype: datatype)
    }

    /// The XSD datatype of an ISO 8601 date string by its shape, or nil; nil also for a
    /// month or day that does not exist ("2016-13", "2016-02-30"), which would be an
    /// invalid typed literal.
    public static func xsdDatatype(ofISODate value: String) -> String? {
        let s = Array(value.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { $0 < s.count && (48...57).contains(s[$0]) } }
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(s[$1] - 48) } }
        func isMonth(_ r: Range<Int>) -> Bool { (1...12).contains(number(r)) }
        func isDay(_ day: Int, month: Int, year: Int?) -> Bool {
            let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            var length = lengths[month - 1]
            if month == 2, let year, !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { length = 28 }
            return (1...length).contains(day)
        }
        switch s.count {
        case 4 where digits(0..<4): return "xsd:gYear"
        case 7 where digits(0..<4) && s[4] == 45 && digits(5..<7) && isMonth(5..<7): return "xsd:gYearMonth"
        case 10 where digits(0..<4) && s[4] == 45 && digits(5..<7) && s[7] == 45 && digits(8..<10)
            && isMonth(5..<7) && isDay(number(8..<10), month: number(5..<7), year: number(0..<4)): return "xsd:date"
        case 7 where s[0] == 45 && s[1] == 45 && digits(2..<4) && s[4] == 45 && digits(5..<7)
            && isMonth(2..<4) && isDay(number(5..<7), month: number(2..<4), year: nil): return "xsd:gMonthDay"
        default: return nil
        }
    }
}
