/// What a word of the date vocabulary means.
enum DateWord: Equatable, Sendable {
    /// How a month is written.
    enum MonthStyle: Equatable, Sendable {
        /// ICU's full Thai name, "พฤศจิกายน".
        case full
        /// ICU's abbreviation, "พ.ย.".
        case abbreviated
        /// An abbreviation missing its last dot ("พ.ย") or all inner dots ("พย", "พย.");
        /// accepted only right after a day number.
        case loose
        /// An English name or abbreviation ("November", "Nov").
        case english
    }

    enum Era: Equatable, Sendable { case buddhist, christian }

    case month(Int, MonthStyle)
    case era(Era)
    case weekday(Int)
    case relative(RelativeDate)
    /// ต้น / กลาง / ปลาย / สิ้น before ปี or เดือน, with its qualifier.
    case vague(String)
    /// "ปี" (year), "ปีการศึกษา" (academic year; qualifier `academic-year` when given).
    case yearWord(qualifier: String?)
    /// "ปีงบประมาณ": the Thai government fiscal year, 1 October to 30 September.
    case fiscalYearWord
    /// "เดือน" (month).
    case monthWord
}
