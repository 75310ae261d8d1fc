import KhaosanCore
import KhaosanText

/// The year in the title of a law, regulation or announcement ("พ.ร.บ.โรคระบาด พ.ศ.2499",
/// "กฎกระทรวงกำหนดการลด เพิ่ม หรือหักเงินค่าทดแทน… พ.ศ. 2564", "ประกาศกระทรวงคมนาคม พ.ศ. 2558") is part
/// of the law's name, not a date of the news: ThaiNER TRAIN leaves it untagged (8 of 8 years after
/// รัฐธรรมนูญ, พ.ร.บ., พระราชบัญญัติ and กฎมณเฑียรบาล).
extension DateScanner {
    /// Whether the year phrase starting at `i` closes a law title.
    ///
    /// The title runs from a head word of `date-law-title-words.txt` to the year, on one line and
    /// within `reach` scalars: `lawTitleReach` for an era year (titles of ministerial regulations run
    /// past a hundred), `lawTitleYearWordReach` when "ปี" / "ปีงบประมาณ" comes first (the Budget Act's
    /// short title, "พระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569"; farther from a head such a
    /// year is the year the sentence reports: "ประกาศกระทรวงมหาดไทย ซึ่งเป็นการขยายเวลาการจัดเก็บภาษีที่ดิน
    /// และสิ่งปลูกสร้าง ประจำปี พ.ศ.2568").
    ///
    /// The title has ended before the year when a word of `date-law-title-breaks.txt` stands right
    /// before the year ("…พ.ศ. ... โดยในปี 2568"), or when another era year stands between the head and
    /// this one ("พ.ร.บ.… พ.ศ. 2550 และแผน… พ.ศ. 2564 – 2570"), unless only the amendment's number follows
    /// that year ("… พ.ศ. 2544 และที่แก้ไขเพิ่มเติม (ฉบับที่ 2) พ.ศ. 2559") or nothing does (the amending
    /// decree's year after the amended act's: "…พ.ศ. 2551 พ.ศ. 2562").
    func isInLawTitle(_ text: [Unicode.Scalar], _ i: Int, reach: Int) -> Bool {
        var lineStart = i
        while lineStart > 0, i - lineStart < reach, text[lineStart - 1] != "\n" { lineStart -= 1 }
        var headEnd: Int?
        for k in lineStart..<i {
            if let end = Self.lawTitleHeads.longestMatchEnd(in: text, at: k), end <= i { headEnd = max(headEnd ?? end, end) }
        }
        guard let headEnd else { return false }
        if Self.lawTitleBreaks.contains(where: { preceded(text, i, by: $0) }) { return false }
        if let yearEnd = lastEraYearEnd(text, from: headEnd, to: i), skipSpaces(text, yearEnd) < i,
           !occurs(Self.amendmentNumber, in: text, from: yearEnd, to: i) {
            return false
        }
        return true
    }

    /// The end of the last era year ("พ.ศ. 2550", "พุทธศักราช ๒๕๖๐") in `text[from..<to]`.
    func lastEraYearEnd(_ text: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        var last: Int?
        var k = from
        while k < to {
            if let (_, eraEnd) = word(text, k, where: { if case .era = $0 { return true }; return false }),
               let year = number(text, skipSpaces(text, eraEnd)), year.end <= to {
                last = year.end
                k = year.end
            } else {
                k += 1
            }
        }
        return last
    }

    /// How far before an era year its law title's head word may start.
    static let lawTitleReach = 200
    /// How far before "ปี…" and its year a law title's head word may start (the reach before issue 14).
    static let lawTitleYearWordReach = 60
    static let lawTitleHeads = ScalarTrie.bundled(.dateLawTitleWords)
    static let lawTitleBreaks = BundledResources.requiredWordList(.dateLawTitleBreaks)
    /// "ฉบับที่", the number of an amending law.
    static let amendmentNumber = Array("ฉบับที่".unicodeScalars)
}
