import KhaosanCore
import KhaosanText

/// Unnumbered Thai event names that the text places somewhere: a venue noun (`event-venue-nouns.txt`:
/// พิธี, การประชุม, กิจกรรม …), a name glued to it, then "ณ" and a PLACE mention
/// ("เข้าร่วม[พิธีสืบพระชะตาหลวง] ณ สวนสราญรมย์"). The name may stand earlier on the line, with what
/// the event is about or between whom between it and "ณ" ("เป็นประธาน[การลงนามในบันทึกข้อตกลงความร่วมมือ]
/// ระหว่าง… ณ ห้องราชวัลลภ"), and ends before "เนื่องใน…" glued to it ("[กิจกรรมน้อมรำลึก]เนื่องในวัน…").
/// Such a name (without a number or a year) is what this article calls the event, not a name shared
/// across the archive: `EntityResolver` keeps it in its article (source `venueSource`). Offsets are
/// normalised scalars.
extension EventExtractor {
    /// The `Mention.source` of these events.
    public static let venueSource = "event.venue"
    static let venueNouns = BundledResources.requiredWordList(.eventVenueNouns).map { Array($0.unicodeScalars) }
    static let venueNameStops = BundledResources.requiredWordList(.eventVenueNameStops)
    static let venueNameStartStops = venueNameStops.filter { $0.hasPrefix("start:") }.map { String($0.dropFirst(6)) }
    static let venueNameEndStops = venueNameStops.filter { $0.hasPrefix("end:") }.map { String($0.dropFirst(4)) }
    /// Words glued into a name that end it ("…เนื่องในโอกาส…": what follows is the occasion).
    static let venueNameCuts = venueNameStops.filter { $0.hasPrefix("cut:") }.map { Array($0.dropFirst(4).unicodeScalars) }
    /// Shortest and longest name after the noun (scalars).
    static let venueNameLengths = 6...80
    /// How far (scalars) before "ณ" an event name may end on its line.
    static let venueGapLimit = 320

    /// The event ranges (noun start ..< name end) before "ณ PLACE" for the PLACE mentions of `earlier`
    /// (sorted by start), that overlap none of `taken`, with the noun's end for each.
    static func venueNamedEvents(_ text: [Unicode.Scalar], earlier: [Mention], taken: [ScalarRange])
        -> [(range: ScalarRange, nounEnd: Int)] {
        var result: [(range: ScalarRange, nounEnd: Int)] = []
        for place in earlier where place.label == .place && RelationExtractor.isPlaceName(place.text) {
            guard let cue = VenueCue.cue(before: place.range.start, in: text),
                  let (range, nounEnd) = nameBefore(cue: cue, text, taken: taken) else { continue }
            guard !taken.contains(where: { $0.overlaps(range) }), !result.contains(where: { $0.range == range }) else { continue }
            result.append((range, nounEnd))
        }
        return result
    }

    /// The nearest event name before the venue cue at `cue` on its line, within `venueGapLimit`:
    /// the Thai runs before the cue are read from the cue backwards, and the first run holding a
    /// venue noun that starts a name decides (a valid name, or none). Not past a line break,
    /// another "ณ" cue, an event of `taken` or a word that starts another happening (`VenueCue.stopsAGap`).
    private static func nameBefore(cue: Int, _ text: [Unicode.Scalar], taken: [ScalarRange]) -> (ScalarRange, Int)? {
        var runEnd = cue
        let limit = max(0, cue - venueGapLimit)
        while runEnd > limit {
            while runEnd > limit, !ScalarClass.isThaiLetterOrSign(text[runEnd - 1]) {
                if text[runEnd - 1] == "\n" { return nil }
                runEnd -= 1
            }
            var runStart = runEnd
            while runStart > 0, ScalarClass.isThaiLetterOrSign(text[runStart - 1]) { runStart -= 1 }
            guard runEnd > runStart, runStart >= limit else { return nil }
            if runStart < cue, VenueCue.isCue(at: runStart, in: text) { return nil }
            if taken.contains(where: { $0.start < cue && $0.end > runStart }) { return nil }
            if startsAName(text, from: runStart, to: runEnd) {
                guard let (start, nounEnd, runNameEnd) = venueNoun(in: text, from: runStart, to: runEnd) else { return nil }
                let nameEnd = runNameEnd == runEnd ? hyphenatedEnd(text, from: runNameEnd, before: cue) : runNameEnd
                guard !VenueCue.gapIsStopped(from: nameEnd, to: cue, in: text) else { return nil }
                return (ScalarRange(start, nameEnd), nounEnd)
            }
            runEnd = runStart
        }
        return nil
    }

    /// The end of the short Thai words joined by a hyphen to the name that ends at `end`, before
    /// `limit` ("กิจกรรมถ่ายทอดองค์ความรู้ประวัติศาสตร์กำแพงเมือง-คูเมือง", "พิธีเปิดโครงการธนาคารโค-กระบือ",
    /// "การประชุมทวิภาคีไทย-ญี่ปุ่น"): the hyphen stands between two Thai letters, and the run after it
    /// is one word (at most `hyphenatedWordLimit` scalars); a longer run is a clause glued to it
    /// ("…ชายแดนไทย-กัมพูชาร่วมกับผู้ว่าราชการจังหวัดสุรินทร์"), and the name stops before the hyphen.
    static func hyphenatedEnd(_ text: [Unicode.Scalar], from end: Int, before limit: Int) -> Int {
        var end = end
        while end + 1 < limit, text[end] == "-", ScalarClass.isThaiLetterOrSign(text[end + 1]) {
            var wordEnd = end + 1
            while wordEnd < limit, ScalarClass.isThaiLetterOrSign(text[wordEnd]) { wordEnd += 1 }
            guard wordEnd - end - 1 <= hyphenatedWordLimit else { break }
            end = wordEnd
        }
        return end
    }

    /// Longest Thai word (scalars) joined by a hyphen to an event name.
    static let hyphenatedWordLimit = 10

    /// Whether a venue noun starts the run `from..<to` or follows a lead word glued to it.
    private static func startsAName(_ text: [Unicode.Scalar], from runStart: Int, to runEnd: Int) -> Bool {
        (runStart..<runEnd).contains { start in
            venueNouns.contains { text.matches($0, at: start) } && (start == runStart || followsNounLead(text, at: start))
        }
    }

    /// The first venue noun of the run `from..<to` that starts the run or follows a lead word glued
    /// to it ("เข้าร่วมพิธี…"), with a name after it (up to a `venueNameCuts` word) that has the right
    /// length and no stop word: noun start, noun end, name end.
    private static func venueNoun(in text: [Unicode.Scalar], from runStart: Int, to runEnd: Int) -> (Int, Int, Int)? {
        for start in runStart..<runEnd {
            guard let noun = venueNouns.first(where: { text.matches($0, at: start) }) else { continue }
            let glued = start > runStart
            if glued, !followsNounLead(text, at: start) { continue }
            let nounEnd = start + noun.count
            let nameEnd = (nounEnd..<runEnd).first { i in venueNameCuts.contains { text.matches($0, at: i) } } ?? runEnd
            guard venueNameLengths.contains(nameEnd - nounEnd) else { continue }
            let name = Document.string(text[nounEnd..<nameEnd])
            guard !venueNameStartStops.contains(where: { name.hasPrefix($0) }),
                  !venueNameEndStops.contains(where: { name.hasSuffix($0) }) else { continue }
            return (start, nounEnd, nameEnd)
        }
        return nil
    }
}
