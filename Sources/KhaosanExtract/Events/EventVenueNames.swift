import KhaosanCore
import KhaosanText

/// Unnumbered Thai event names that the text places somewhere: a venue noun (`event-venue-nouns.txt`:
/// พิธี, การประชุม, กิจกรรม …), a name glued to it, then "ณ" and a PLACE mention
/// ("เข้าร่วม[พิธีสืบพระชะตาหลวง] ณ สวนสราญรมย์"). Such a name (without a number or a year) is
/// what this article calls the event, not a name shared across the archive: `EntityResolver`
/// keeps it in its article (source `venueSource`). Offsets are normalised scalars.
extension EventExtractor {
    /// The `Mention.source` of these events.
    public static let venueSource = "event.venue"
    static let venueNouns = BundledResources.requiredWordList(.eventVenueNouns).map { Array($0.unicodeScalars) }
    static let venueNameStops = BundledResources.requiredWordList(.eventVenueNameStops)
    static let venueNameStartStops = venueNameStops.filter { $0.hasPrefix("start:") }.map { String($0.dropFirst(6)) }
    static let venueNameEndStops = venueNameStops.filter { $0.hasPrefix("end:") }.map { String($0.dropFirst(4)) }
    /// Shortest and longest name after the noun (scalars).
    static let venueNameLengths = 6...80

    /// The event ranges (noun start ..< name end) before "ณ PLACE" for the PLACE mentions of `earlier`
    /// (sorted by start), that overlap none of `taken`, with the noun's end for each.
    static func venueNamedEvents(_ text: [Unicode.Scalar], earlier: [Mention], taken: [ScalarRange])
        -> [(range: ScalarRange, nounEnd: Int)] {
        var result: [(range: ScalarRange, nounEnd: Int)] = []
        for place in earlier where place.label == .place {
            guard let nameEnd = nameEnd(beforeCueOf: place.range.start, text) else { continue }
            var runStart = nameEnd
            while runStart > 0, ScalarClass.isThaiLetterOrSign(text[runStart - 1]) { runStart -= 1 }
            guard let (start, nounEnd) = venueNoun(in: text, from: runStart, to: nameEnd) else { continue }
            let range = ScalarRange(start, nameEnd)
            guard !taken.contains(where: { $0.overlaps(range) }), !result.contains(where: { $0.range == range }) else { continue }
            result.append((range, nounEnd))
        }
        return result
    }

    /// Where the name before " ณ " ends when `placeStart` follows "ณ" (one or two spaces each side).
    private static func nameEnd(beforeCueOf placeStart: Int, _ text: [Unicode.Scalar]) -> Int? {
        var i = placeStart
        for _ in 0..<2 where i > 0 && text[i - 1] == " " { i -= 1 }
        guard i < placeStart, i > 0, text[i - 1] == "ณ" else { return nil }
        i -= 1
        let cue = i
        for _ in 0..<2 where i > 0 && text[i - 1] == " " { i -= 1 }
        return i < cue && i > 0 && ScalarClass.isThaiLetterOrSign(text[i - 1]) ? i : nil
    }

    /// The first venue noun of the run `from..<to` that starts the run or follows a lead word glued
    /// to it ("เข้าร่วมพิธี…"), with a name after it that has the right length and no stop word.
    private static func venueNoun(in text: [Unicode.Scalar], from runStart: Int, to nameEnd: Int) -> (Int, Int)? {
        for start in runStart..<nameEnd {
            guard let noun = venueNouns.first(where: { text.matches($0, at: start) }) else { continue }
            let glued = start > runStart
            if glued, !followsNounLead(text, at: start) { continue }
            let nounEnd = start + noun.count
            guard venueNameLengths.contains(nameEnd - nounEnd) else { continue }
            let name = Document.string(text[nounEnd..<nameEnd])
            guard !venueNameStartStops.contains(where: { name.hasPrefix($0) }),
                  !venueNameEndStops.contains(where: { name.hasSuffix($0) }) else { continue }
            return (start, nounEnd)
        }
        return nil
    }
}
