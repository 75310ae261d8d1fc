import KhaosanCore

/// Turns matched date expressions into ISO 8601 values through ICU's calendars.
///
/// A year ≥ 2400 without an era is Buddhist (BE), a smaller 4-digit year is
/// Christian (CE); a 2-digit year after a Thai month is BE 25xx. Every BE → CE
/// conversion goes through `ThaiCalendar` (ICU). A date that does not exist
/// ("31 กุมภาพันธ์ 2565") gets no value rather than a wrong one.
struct DateResolver {
    let calendar: ThaiCalendar
    /// The article's publication date, which anchors yearless and relative dates.
    let anchor: CivilDate?

    /// The ISO 8601 value of `match`, or nil when the text does not determine one.
    func value(of match: DateMatch) -> String? {
        switch match.expression {
        case .point(let date):
            return iso(date, tense: match.tense)
        case .range(let start, let end):
            let endValue = iso(end, tense: match.tense)
            return DateValueFormatter.interval(rangeStart(start, before: end, endValue: endValue) ?? iso(start, tense: match.tense),
                                               endValue)
        case .relative(let relative):
            return relativeValue(relative)
        case let .relativeRange(relative, end):
            // The end comes after the relative day: a yearless end takes the coming year.
            return DateValueFormatter.interval(relativeValue(relative), iso(end, tense: match.tense ?? .coming))
        case let .weekday(weekday, tense):
            return weekdayValue(weekday, tense: tense)
        }
    }

    /// A year as written, as a calendar year: BE or CE.
    enum CalendarYear: Equatable { case buddhist(Int), christian(Int) }

    static func calendarYear(_ year: WrittenYear) -> CalendarYear? {
        switch (year.era, year.digits) {
        case (.buddhist?, 2): return .buddhist(2500 + year.number)
        case (.buddhist?, _): return .buddhist(year.number)
        case (.christian?, 2): return .christian(2000 + year.number)
        case (.christian?, _): return .christian(year.number)
        case (nil, 4): return year.number >= 2400 ? .buddhist(year.number) : .christian(year.number)
        case (nil, 2): return year.defaultEra == .buddhist ? .buddhist(2500 + year.number) : .christian(2000 + year.number)
        default: return nil
        }
    }

    func iso(_ date: WrittenDate, tense: DateTense?) -> String? {
        if date.ambiguousOrder { return nil }
        if let month = date.month, !(1...12).contains(month) { return nil }
        if let offset = date.relativeYear {
            guard let anchor, let year = calendar.adding(offset, .year, to: anchor)?.year else { return nil }
            return DateValueFormatter.iso(year: year, month: date.month, day: date.day)
        }
        guard let written = date.year else { return yearless(date, tense: tense) }
        guard let year = Self.calendarYear(written) else { return nil }
        switch (year, date.month, date.day) {
        case let (.buddhist(y), m?, d?):
            return calendar.gregorian(buddhistYear: y, month: m, day: d)?.description
        case let (.christian(y), m?, d?):
            return calendar.checked(CivilDate(year: y, month: m, day: d))?.description
        case let (.buddhist(y), m?, nil):
            return calendar.gregorian(buddhistYear: y, month: m, day: 1)
                .flatMap { DateValueFormatter.iso(year: $0.year, month: $0.month, day: nil) }
        case let (.christian(y), m?, nil):
            return DateValueFormatter.iso(year: y, month: m, day: nil)
        case let (.buddhist(y), nil, _):
            return calendar.gregorianYear(buddhistYear: y).flatMap { DateValueFormatter.iso(year: $0, month: nil, day: nil) }
        case let (.christian(y), nil, _):
            return DateValueFormatter.iso(year: y, month: nil, day: nil)
        }
    }

    /// The start of a range written without its year ("15 – 16 ธันวาคม", "ม.ค. – ต.ค. 2567"): the
    /// year of the range's end, or the year before when its month and day come later than the
    /// end's, so that a range never ends before it starts (each end resolved alone could take
    /// different years around the new year). Nil when the start has a year or the end no value.
    func rangeStart(_ start: WrittenDate, before end: WrittenDate, endValue: String?) -> String? {
        guard start.year == nil, start.relativeYear == nil, !start.ambiguousOrder, let month = start.month,
              let endValue, let endYear = Int(endValue.prefix { $0 != "-" }), endValue.first != "-" else { return nil }
        let endMonth = end.month ?? month
        let startsLater = month > endMonth || (month == endMonth && (start.day ?? 1) > (end.day ?? 31))
        let year = startsLater ? endYear - 1 : endYear
        if let day = start.day {
            return calendar.checked(CivilDate(year: year, month: month, day: day))?.description
        }
        return DateValueFormatter.iso(year: year, month: month, day: nil)
    }

    /// A day and month without a year take the year of the article's date that
    /// puts them nearest to it (before it when the text says "ที่ผ่านมา"/"เมื่อ",
    /// after it when it says "นี้"); without an article date: `--MM-DD`.
    func yearless(_ date: WrittenDate, tense: DateTense?) -> String? {
        guard let month = date.month else { return nil }
        // Does the day exist at all? (29 February does, in leap years.)
        if let day = date.day, calendar.checked(CivilDate(year: 2000, month: month, day: day)) == nil { return nil }
        guard let anchor, tense != .everyYear else { return DateValueFormatter.iso(year: nil, month: month, day: date.day) }
        let candidates = [anchor.year - 1, anchor.year, anchor.year + 1].compactMap { year -> CivilDate? in
            calendar.checked(CivilDate(year: year, month: month, day: date.day ?? 1))
        }
        let anchorMonth = anchor.year * 12 + anchor.month
        let allowed = candidates.filter { candidate in
            let candidateMonth = candidate.year * 12 + candidate.month
            switch tense {
            case .past?: return date.day == nil ? candidateMonth <= anchorMonth : candidate <= anchor
            case .coming?: return date.day == nil ? candidateMonth >= anchorMonth : candidate >= anchor
            case nil, .everyYear?: return true
            }
        }
        let pool = allowed.isEmpty ? candidates : allowed
        guard let best = pool.min(by: { abs($0.year * 12 + $0.month - anchorMonth) < abs($1.year * 12 + $1.month - anchorMonth) })
        else { return nil }
        return DateValueFormatter.iso(year: best.year, month: best.month, day: date.day == nil ? nil : best.day)
    }

    /// "วันศุกร์นี้" → the Friday on or after the article's date; "วันอังคารที่ผ่านมา" →
    /// the Tuesday before it (ICU gives the weekdays and the arithmetic).
    func weekdayValue(_ weekday: Int, tense: DateTense?) -> String? {
        guard let anchor, let tense, let today = calendar.weekday(of: anchor) else { return nil }
        let offset: Int
        switch tense {
        case .coming: offset = (weekday - today + 7) % 7
        case .past: offset = -(((today - weekday + 6) % 7) + 1)
        case .everyYear: return nil
        }
        return calendar.adding(offset, .day, to: anchor)?.description
    }

    /// "วานนี้" → the day before the article's date; "ปีหน้า" → its year + 1 (ICU arithmetic).
    func relativeValue(_ relative: RelativeDate) -> String? {
        guard let anchor else { return nil }
        switch relative.unit {
        case .day:
            return calendar.adding(relative.amount, .day, to: anchor)?.description
        case .month:
            return calendar.adding(relative.amount, .month, to: anchor)
                .flatMap { DateValueFormatter.iso(year: $0.year, month: $0.month, day: nil) }
        case .year:
            return calendar.adding(relative.amount, .year, to: anchor)
                .flatMap { DateValueFormatter.iso(year: $0.year, month: nil, day: nil) }
        case .week:
            return nil
        }
    }
}
