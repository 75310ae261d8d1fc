/// Validates the date values khaosan writes (`DateValueFormatter`): calendar dates
/// `yyyy-MM-dd`, reduced precision `yyyy-MM` and `yyyy`, dates without a year `--MM-dd`
/// and `--MM`, and intervals `a/b` of two such values. Years have four digits, with a minus sign
/// before year 0000 (ISO 8601 expanded years, as `xsd:gYear` writes them: a Buddhist-era year
/// below 543 is before the Christian era); a day must exist in its month (29 February only in a
/// leap year of the proleptic Gregorian calendar, or without a year).
public enum ISODateValue {
    /// True when `value` is one of the forms above.
    public static func isValid(_ value: String) -> Bool {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return false }
        return parts.allSatisfy { isValidPoint(Array($0.utf8)) }
    }

    private static func isValidPoint(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2 && bytes[0] == UInt8(ascii: "-") && bytes[1] == UInt8(ascii: "-") {
            let rest = Array(bytes[2...])
            switch rest.count {
            case 2: return month(rest[0..<2]) != nil
            case 5:
                guard rest[2] == UInt8(ascii: "-"), let m = month(rest[0..<2]), let d = number(rest[3..<5]) else { return false }
                return (1...daysIn(month: m, year: nil)).contains(d)
            default: return false
            }
        }
        let negative = bytes.first == UInt8(ascii: "-")
        let bytes = negative ? Array(bytes.dropFirst()) : bytes
        guard bytes.count >= 4, let magnitude = number(bytes[0..<4]), !(negative && magnitude == 0) else { return false }
        let year = negative ? -magnitude : magnitude
        switch bytes.count {
        case 4: return true
        case 7: return bytes[4] == UInt8(ascii: "-") && month(bytes[5..<7]) != nil
        case 10:
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  let m = month(bytes[5..<7]), let d = number(bytes[8..<10]) else { return false }
            return (1...daysIn(month: m, year: year)).contains(d)
        default: return false
        }
    }

    private static func month(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let m = number(bytes), (1...12).contains(m) else { return nil }
        return m
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Days in `month` of `year` (proleptic Gregorian); 29 for February without a year.
    private static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28 // also right below 0
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
