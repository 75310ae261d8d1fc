import KhaosanCore
import KhaosanText

/// Chooses the date of an EVENT mention (offsets are Unicode scalars of the source text):
///
/// 1. a year written in the event's own name ("ITB Berlin 2025", "งานกาชาด ประจำปี 2566" → 2023)
///    fixes the year: a date of the same sentence refines it only if it falls in that year
///    ("ITB Berlin 2025 จัดขึ้นระหว่างวันที่ 4-6 มีนาคม 2568" → 2025-03-04/2025-03-06), else the
///    year alone is the date ("… จัดขึ้นครั้งแรกในปี พ.ศ. 2509" does not make it 1966);
/// 2. otherwise the nearest valued DATE of the **same sentence** (line breaks and . ! ?,
///    `ClauseSplitter.sentences`): the closest one ending before the event (within
///    `before` scalars), else the closest one after it (within `after`).
///
/// A year in the name more than `historyYears` before the article's publication is a
/// reference, not the event's date ("นิทรรศการ แสตมป์ของพ่อ 2493" shown in 2017).
/// A candidate DATE is skipped when it overlaps another mention (it is part of another
/// entity) and when it is a relative day ("วันนี้", "เมื่อวานนี้": mostly the day of writing,
/// "นายกฯบินเบอร์ลินวันนี้ … ร่วมงาน ITB Berlin 2025"); a relative year ("ปีหน้า") counts.
struct EventDateFinder {
    let context: RelationContext
    /// Sentences of the source text, in order.
    let sentences: [ScalarRange]
    let before: Int
    let after: Int
    /// The publication year of the article, if known.
    let publicationYear: Int?
    /// How many years before publication a year in an event's name may lie.
    static let historyYears = 10
    /// The ranges of the mentions that are not DATEs (a DATE overlapping one is not a candidate).
    private let otherRanges: SpanOverlapIndex
    /// The longest mention (scalars): mentions ending after an offset start at most this far before it.
    private let longestMention: Int

    init(context: RelationContext, before: Int, after: Int, datePublished: String?) {
        self.context = context
        self.sentences = ClauseSplitter.sentences(of: context.text)
        self.before = before
        self.after = after
        self.publicationYear = datePublished.flatMap { Int($0.prefix(4)) }
        otherRanges = SpanOverlapIndex(context.mentions.lazy.filter { $0.label != .date }.map(\.range))
        longestMention = context.mentions.lazy.map(\.range.count).max() ?? 0
    }

    /// The ISO 8601 value (date, partial date or `a/b` interval) dating `event`; nil if none.
    func date(of event: Mention) -> String? {
        let nameYear = Self.year(inName: event.text).flatMap { year in
            publicationYear.map { Int(year)! >= $0 - Self.historyYears } ?? true ? year : nil
        }
        let candidates = candidateDates(of: event)
        if let year = nameYear {
            return candidates.first(where: { Self.value($0, fallsIn: year) })?.value ?? year
        }
        return candidates.first?.value
    }

    /// Valued DATE mentions of the event's sentence, nearest before first, then nearest after
    /// (indices into `context.mentions`; only those within the date windows are visited).
    private func candidateDates(of event: Mention) -> [Mention] {
        guard let sentence = sentence(containing: event.range.start) else { return [] }
        // A candidate ends at or after event.start - before, so it starts at or after that
        // minus the longest mention; it starts at or before event.end + after.
        let low = context.firstMention(startingAtOrAfter: max(sentence.start, event.range.start - before - longestMention))
        let high = context.firstMention(startingAtOrAfter: min(sentence.end, event.range.end + after) + 1)
        ExtractionWork.current?.add(max(0, high - low))
        var earlier: [Int] = [], later: [Int] = []
        for k in low..<max(low, high) {
            let mention = context.mentions[k]
            guard mention.range.start >= sentence.start, mention.range.end <= sentence.end,
                  mention.label == .date, let value = mention.value else { continue }
            if DateExtractor.isRelative(source: mention.source) && value.count == 10 { continue }
            guard !otherRanges.overlapsAny(mention.range) else { continue }
            if mention.range.end <= event.range.start && event.range.start - mention.range.end <= before { earlier.append(k) }
            if mention.range.start >= event.range.end && mention.range.start - event.range.end <= after { later.append(k) }
        }
        return (earlier.reversed() + later).map { context.mentions[$0] }
    }

    /// The sentence holding `offset` (sentences are sorted and disjoint).
    private func sentence(containing offset: Int) -> ScalarRange? {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].start <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0, offset < sentences[low - 1].end else { return nil }
        return sentences[low - 1]
    }

    /// Whether a DATE value (a date, partial date or `a/b` interval) lies in `year` (ISO "YYYY").
    static func value(_ mention: Mention, fallsIn year: String) -> Bool {
        guard let value = mention.value else { return false }
        return value.split(separator: "/").contains { $0.hasPrefix(year) }
    }

    /// The first year written in an event name as ISO "YYYY": four digits standing alone,
    /// 1900–2100 (Christian era) or 2443–2643 (Buddhist era, minus 543). Thai digits count.
    static func year(inName name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard digit(scalars[i]) != nil else { i += 1; continue }
            var j = i, number = 0
            while j < scalars.count, let d = digit(scalars[j]) { number = number * 10 + d; j += 1 }
            if j - i == 4 {
                if (1900...2100).contains(number) { return String(number) }
                if (2443...2643).contains(number) { return String(number - 543) }
            }
            i = j
        }
        return nil
    }

    /// The value of an ASCII or Thai digit.
    private static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s.value {
        case 0x30...0x39: return Int(s.value - 0x30)
        case 0x0E50...0x0E59: return Int(s.value - 0x0E50)
        default: return nil
        }
    }
}
