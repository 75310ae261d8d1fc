import KhaosanCore
import KhaosanText

/// Dates that start with a number: "16 พฤศจิกายน 2566", "16-18 พ.ย. 66",
/// "30 พ.ย. - 2 ธ.ค. 2566", "08/07/2568", "2023-11-16", "16 November 2023".
extension DateScanner {
    func matchFromNumber(_ text: [Unicode.Scalar], _ i: Int) -> DateMatch? {
        guard let first = number(text, i), first.digits <= 4 else { return nil }
        if first.digits == 4, let match = isoDate(text, i, year: first) { return match }
        if first.digits <= 2, let match = slashDate(text, i, first: first) { return match }
        guard first.digits <= 2, (1...31).contains(first.value), !continuesNumber(text, first.end) else { return nil }

        // "16-18 พฤศจิกายน 2566": a day range inside one month.
        if let afterDash = rangeSeparator(text, first.end),
           let second = number(text, afterDash), second.digits <= 2, (1...31).contains(second.value),
           let tail = monthAndYear(text, second.end, afterDay: true) {
            var start = tail.date
            start.day = first.value
            var end = tail.date
            end.day = second.value
            return DateMatch(range: ScalarRange(i, tail.end), expression: .range(start, end),
                             rule: "date.day-range")
        }

        guard let tail = monthAndYear(text, first.end, afterDay: true) else { return nil }
        var start = tail.date
        start.day = first.value
        // "30 พ.ย. - 2 ธ.ค. 2566": a range across months.
        if let afterDash = rangeSeparator(text, tail.end),
           let second = number(text, afterDash), second.digits <= 2, (1...31).contains(second.value),
           let secondTail = monthAndYear(text, second.end, afterDay: true) {
            var end = secondTail.date
            end.day = second.value
            return DateMatch(range: ScalarRange(i, secondTail.end),
                             expression: .range(Self.inheritingYear(start, from: end), end),
                             rule: "date.cross-month-range")
        }
        let rule = tail.date.year == nil ? "date.day-month" : "date.day-month-year"
        return DateMatch(range: ScalarRange(i, tail.end), expression: .point(start), rule: rule)
    }

    /// The first date of a range written without a year takes the second's
    /// year, one less if it would come after the second ("30 ธ.ค. - 2 ม.ค. 2567").
    static func inheritingYear(_ start: WrittenDate, from end: WrittenDate) -> WrittenDate {
        guard start.year == nil, var year = end.year else { return start }
        if let m1 = start.month, let m2 = end.month, (m1, start.day ?? 1) > (m2, end.day ?? 1) {
            year.number -= 1
        }
        var start = start
        start.year = year
        return start
    }

    /// A month name after a day (or at the start of a month phrase) and the year that may follow.
    func monthAndYear(_ text: [Unicode.Scalar], _ i: Int, afterDay: Bool) -> (date: WrittenDate, end: Int)? {
        let j = skipSpaces(text, i)
        guard let (word, monthEnd) = self.word(text, j, where: { if case .month = $0 { return true }; return false }),
              case let .month(month, style) = word else { return nil }
        if style == .loose && (!afterDay || j - i > 1) { return nil }
        // "22ต.คลองหนึ่ง": a loose abbreviation running into Thai letters is not a month.
        if style == .loose, text[monthEnd - 1] != ".", monthEnd < text.count,
           ScalarClass.isThaiLetterOrMark(text[monthEnd]) { return nil }
        if style == .english && j == i && afterDay { return nil }
        if isOrganisationAbbreviation(text, j, monthEnd) { return nil }
        var date = WrittenDate(month: month)
        var end = monthEnd
        if let year = yearAfterMonth(text, monthEnd, style: style) {
            date.year = year.year
            end = year.end
        } else if let (word, wordEnd) = relativeYear(text, monthEnd),
                  case let .relative(relative) = word, relative.unit == .year {
            // "เม.ย.ปีที่แล้ว", "16-18 ม.ค.ปีหน้า": a month of a relative year.
            date.relativeYear = relative.amount
            end = wordEnd
        }
        return (date, end)
    }

    /// "ปีหน้า", " ปีที่แล้ว", "ของปีหน้า" right after a month.
    func relativeYear(_ text: [Unicode.Scalar], _ i: Int) -> (word: DateWord, end: Int)? {
        var j = skipSpaces(text, i, limit: 1)
        if let afterOf = literal(text, j, "ของ") { j = skipSpaces(text, afterOf, limit: 1) }
        return self.word(text, j, where: { if case .relative = $0 { return true }; return false })
    }

    /// "ก.พ.ร.", "ก.ค.ศ.": an abbreviated month followed or preceded by more
    /// initials is an organisation's abbreviation, not a month.
    func isOrganisationAbbreviation(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end > start, text[end - 1] == "." || text[start + 1] == "." else { return false }
        // One more initial ("ก.พ.ร.", "ก.ค.ศ."), but not a following title of two ("3 ก.พ.น.พ.เสรี").
        if end + 1 < text.count, ScalarClass.isThaiConsonant(text[end]), text[end + 1] == "." {
            let titleFollows = end + 3 < text.count && ScalarClass.isThaiConsonant(text[end + 2]) && text[end + 3] == "."
            if !titleFollows { return true }
        }
        if end + 2 < text.count, ScalarClass.isThaiConsonant(text[end]), ScalarClass.isThaiConsonant(text[end + 1]),
           text[end + 2] == "." { return true }
        if start >= 2, text[start - 1] == ".", ScalarClass.isThaiConsonant(text[start - 2]) { return true }
        return false
    }

    /// The year after a month: "2566", "66", "พ.ศ. 2566", "พ.ศ.2566", "ปี 2546", "ค.ศ. 2023".
    func yearAfterMonth(_ text: [Unicode.Scalar], _ i: Int, style: DateWord.MonthStyle) -> (year: WrittenYear, end: Int)? {
        var j = skipSpaces(text, i)
        if style == .english, j < text.count, text[j] == "," { j = skipSpaces(text, j + 1) }
        if let (_, end) = self.word(text, j, where: { $0 == .yearWord(qualifier: nil) }) {
            j = skipSpaces(text, end)
        }
        var era: DateWord.Era?
        if let (word, end) = self.word(text, j, where: { if case .era = $0 { return true }; return false }),
           case let .era(found) = word {
            era = found
            j = skipSpaces(text, end)
        }
        guard let year = number(text, j), !continuesNumber(text, year.end) else { return nil }
        switch year.digits {
        case 4: break
        case 2 where style != .english || era != nil: break
        case 1...3 where era != nil: break
        default: return nil
        }
        // A 2-digit "year" followed by a unit or a time is a count, not a year.
        if year.digits == 2, era == nil, followedByCountWord(text, year.end) { return nil }
        // A 2-digit "year" followed by a month is the day of the next date: "28 กุมภาพันธ์ 28 มีนาคม".
        if year.digits == 2, era == nil, followedByMonth(text, year.end) { return nil }
        return (WrittenYear(number: year.value, digits: year.digits, era: era,
                            defaultEra: style == .english ? .christian : .buddhist), year.end)
    }

    /// Whether a month name or abbreviation follows `i` (after spaces); not a loose spelling
    /// ("มีนา", "สค"), which may begin another word.
    func followedByMonth(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        word(text, skipSpaces(text, i), where: { if case .month(_, let style) = $0 { return style != .loose }; return false }) != nil
    }

    func followedByCountWord(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        let j = skipSpaces(text, i)
        for word in ["น.", "คน", "ราย", "ปี", "%", "นาฬิกา", "บาท", "ล้าน"] where literal(text, j, word) != nil {
            return true
        }
        return false
    }

    /// "2023-11-16" (ISO 8601, Christian era).
    func isoDate(_ text: [Unicode.Scalar], _ i: Int, year: (value: Int, digits: Int, end: Int)) -> DateMatch? {
        guard year.end < text.count, text[year.end] == "-",
              let month = number(text, year.end + 1), month.digits == 2,
              month.end < text.count, text[month.end] == "-",
              let day = number(text, month.end + 1), day.digits == 2, !continuesNumber(text, day.end) else { return nil }
        let date = WrittenDate(day: day.value, month: month.value,
                               year: WrittenYear(number: year.value, digits: 4, era: .christian))
        return DateMatch(range: ScalarRange(i, day.end), expression: .point(date), rule: "date.iso")
    }

    /// "08/07/2568" (day/month/BE year), "28/06/61", "26-6-61"; Christian-era slash dates
    /// ("2/16/2004") are month/day when the day says so, else their order is unknown.
    func slashDate(_ text: [Unicode.Scalar], _ i: Int, first: (value: Int, digits: Int, end: Int)) -> DateMatch? {
        guard first.end < text.count, text[first.end] == "/" || text[first.end] == "-" else { return nil }
        let separator = text[first.end]
        guard let second = number(text, first.end + 1), second.digits <= 2, (1...12).contains(second.value) || separator == "/",
              second.end < text.count, text[second.end] == separator,
              let third = number(text, second.end + 1), third.digits == 4 || third.digits == 2,
              !continuesNumber(text, third.end),
              third.end >= text.count || (text[third.end] != separator && !DateScalars.isDash(text[third.end])) else { return nil }
        var date = WrittenDate(day: first.value, month: second.value,
                               year: WrittenYear(number: third.value, digits: third.digits, era: nil))
        if third.digits == 4 && third.value < 2400 {
            if second.value > 12 && first.value <= 12 {
                date.day = second.value
                date.month = first.value
            } else if first.value <= 12 && second.value <= 12 && first.value != second.value {
                date.ambiguousOrder = true
            }
        }
        guard let day = date.day, let month = date.month, (1...31).contains(day), (1...12).contains(month) else {
            return nil
        }
        return DateMatch(range: ScalarRange(i, third.end), expression: .point(date), rule: "date.numeric")
    }
}
