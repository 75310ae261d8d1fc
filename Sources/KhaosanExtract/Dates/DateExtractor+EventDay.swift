import KhaosanCore
import KhaosanText

/// The day an article's body dates its event ("วันที่ 30 พฤศจิกายน 2567 เวลา 13.30 น. ดร.เฉลิมชัย …" in an
/// article published on 3 December 2567): a relative day after it ("วันนี้ถือได้ว่าเป็นวันที่มีคุณค่า…", said at
/// the event) counts from that day, not from the publication date.
extension DateExtractor {
    /// The index and day of the dateline: the first date that opens a line ("วันที่ ", "วันเสาร์ที่ ",
    /// "เมื่อวันที่ " may stand before it) and is followed by more text on its line (so not the page's own
    /// date line, "วันอังคารที่ 3 ธันวาคม 2567"), with a day, month and year. Nil unless that day lies
    /// 1 … `writtenDayReach` days before the publication date `anchor` (news written after its event; a
    /// farther day is a story about the past, not the day the article reports).
    func eventDay(in matches: [DateMatch], values: [String?], scalars: [Unicode.Scalar],
                  anchor: CivilDate) -> (index: Int, day: CivilDate)? {
        guard let k = matches.indices.first(where: { opensLine(matches[$0], in: scalars) }),
              case .point(let written) = matches[k].expression, written.day != nil, written.month != nil,
              written.year != nil, let day = values[k].flatMap(CivilDate.init(iso:)),
              let earliest = calendar.adding(-Self.writtenDayReach, .day, to: anchor),
              earliest <= day, day < anchor else { return nil }
        return (k, day)
    }

    /// Whether `match` opens its line after at most a short word prefix ending in "ที่" and is followed by
    /// more text on the line.
    func opensLine(_ match: DateMatch, in scalars: [Unicode.Scalar]) -> Bool {
        var lineStart = match.range.start
        while lineStart > 0, scalars[lineStart - 1] != "\n" {
            lineStart -= 1
            if match.range.start - lineStart > Self.datelinePrefixReach { return false }
        }
        let prefix = scalars[lineStart..<match.range.start].filter { !ScalarClass.isInlineSpace($0) }
        if !prefix.isEmpty, prefix.contains(where: DateScalars.isDigit) || !prefix.matches(Self.dayWord, endingAt: prefix.count) {
            return false
        }
        var j = match.range.end
        while j < scalars.count, scalars[j] != "\n" {
            if !ScalarClass.isInlineSpace(scalars[j]) { return true }
            j += 1
        }
        return false
    }

    /// Whether `match`'s value counts from the article's day: a relative day ("วันนี้", "เมื่อวานนี้") or a
    /// range from one.
    static func countsFromEventDay(_ match: DateMatch) -> Bool {
        switch match.expression {
        case .relative(let relative): return relative.unit == .day
        case .relativeRange: return true
        default: return false
        }
    }

    /// At most this many scalars ("เมื่อวันพฤหัสบดีที่ ") before a dateline's date on its line.
    static let datelinePrefixReach = 24
    /// "ที่", which ends the words before a dateline's day number.
    static let dayWord = Array("ที่".unicodeScalars)
}
