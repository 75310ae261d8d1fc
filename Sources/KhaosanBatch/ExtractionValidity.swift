import KhaosanCore

/// What `merge` checks in an extraction read from a line before trusting it (a hand-edited
/// or damaged line must not become `#char=-5,3`, a date node "2016-02-30" or an IRI `…/doc/`):
/// a non-empty id, every mention and relation range inside `[0, sourceLength]` and not
/// reversed, every DATE value a real ISO 8601 calendar value.
public enum ExtractionValidity {
    /// Why `extraction` cannot be trusted, or nil when it passes every check.
    public static func problem(in extraction: DocumentExtraction) -> String? {
        if extraction.id.allSatisfy(\.isWhitespace) { return "empty document id" }
        guard extraction.sourceLength >= 0 else { return "negative sourceLength \(extraction.sourceLength)" }
        for mention in extraction.mentions {
            if let problem = problem(in: mention.range, length: extraction.sourceLength) {
                return "mention \(mention.label.rawValue) \"\(mention.text)\": \(problem)"
            }
            if mention.label == .date, let value = mention.value, !isDateValue(value) {
                return "mention DATE \"\(mention.text)\": invalid date value \"\(value)\""
            }
        }
        for relation in extraction.relations {
            for range in [relation.subject] + (relation.object.map { [$0] } ?? []) {
                if let problem = problem(in: range, length: extraction.sourceLength) {
                    return "relation \(relation.predicate): \(problem)"
                }
            }
        }
        return nil
    }

    private static func problem(in range: ScalarRange, length: Int) -> String? {
        if range.start < 0 { return "range \(range.start)…\(range.end) starts before the text" }
        if range.start > range.end { return "range \(range.start)…\(range.end) is reversed" }
        if range.end > length { return "range \(range.start)…\(range.end) ends past the text (\(length) scalars)" }
        return nil
    }

    /// Whether `value` is a date value khaosan writes: `yyyy`, `yyyy-MM`, `yyyy-MM-dd`,
    /// `--MM`, `--MM-dd` (a year may have a leading `-`), or two of them joined by `/`,
    /// with a real month and a day that exists in that month (2016-02-30 does not).
    public static func isDateValue(_ value: String) -> Bool {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { isDate(Array($0.utf8)) }
    }

    private static func isDate(_ bytes: [UInt8]) -> Bool {
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            guard !slice.isEmpty, slice.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        var year: Int?
        var rest: ArraySlice<UInt8>
        if bytes.starts(with: [0x2D, 0x2D]) {                       // --MM[-dd]: no year
            rest = bytes[2...]
        } else {
            let negative = bytes.first == 0x2D
            let digits = bytes[(negative ? 1 : 0)...].prefix { $0 != 0x2D }
            guard digits.count >= 4, let y = number(digits) else { return false }
            year = negative ? -y : y
            rest = bytes[digits.endIndex...]
            if rest.isEmpty { return true }
            guard rest.first == 0x2D else { return false }
            rest = rest.dropFirst()
        }
        guard rest.count >= 2, let month = number(rest.prefix(2)), (1...12).contains(month) else { return false }
        rest = rest.dropFirst(2)
        if rest.isEmpty { return true }
        guard rest.first == 0x2D, rest.count == 3, let day = number(rest.dropFirst()) else { return false }
        return day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// Days in `month` of the proleptic Gregorian `year` (29 for February without a year).
    private static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
