import KhaosanCore
import KhaosanText

/// Runs a PLACE that starts with a hotel head (`place-hotel-names.txt`, `head:` lines: โรงแรม) over the
/// spaced words of the hotel's name after it: "โรงแรมอวานี| พลัส ริเวอร์ไซด์ กรุงเทพฯ" → "โรงแรมอวานี พลัส
/// ริเวอร์ไซด์", "โรงแรม ดิ| แอทธินี โฮเทล แบงค็อก ถนนวิทยุ" → "โรงแรม ดิ แอทธินี โฮเทล แบงค็อก" (ThaiNER spans a
/// hotel's spaced name whole). Word by word, each after one space, the name ends before:
/// - a word that starts another mention that is not a PLACE, or a place, organisation or person head,
///   a person title, a word that ends names (`place-name-stops.txt`, `person-name-stops.txt`: และ, โดย,
///   ณ …) or a verb (`span-check-verbs.txt`), unless it is an `inner:` word (รีสอร์ท, เซ็นเตอร์);
/// - a word that does not start with a letter (a number, a bracket, a quote), a line break, two spaces,
///   a punctuation mark after a word;
/// and the places written last before that end are left out ("โรงแรมดิเอ็มเพรส| เชียงใหม่", "โรงแรมพูลแมน|
/// กรุงเทพ กรุงเทพฯ"), while a place with more of the name after it is inside the name ("โรงแรมไมด้า ดอนเมือง
/// แอร์พอร์ต"), and its own PLACE mention goes. A name that does not end within `maxWords` words
/// is not run over. Only a venue's hotel is: after "ณ" (`VenueCue`, up to `venueReach` scalars before on its
/// line: "ณ ห้อง BB 201 โรงแรมเซ็นทารา…") or right after an `after:` word ("ที่โรงแรม…"); the words after another
/// hotel may be common words ("ทำงานโรงแรม มาเก๊า| เงินเดือนงาม สวัสดิการเพียบ").
/// Offsets in scalars of the source text.
public struct HotelNameSpan: Sendable {
    let heads: [[Unicode.Scalar]]
    let innerHeads: ScalarTrie
    /// Words right before a hotel that make it a venue.
    let venueWords: [[Unicode.Scalar]]
    /// Scalars before a hotel within which a venue's "ณ" is looked for.
    let venueReach = 40
    /// Words before which a name ends.
    let stops: [ScalarTrie]
    /// Spaced words a name may take after its first.
    let maxWords = 5

    init(heads: [String], innerHeads: [String], venueWords: [String], stops: [ScalarTrie]) {
        self.heads = heads.map { Array($0.unicodeScalars) }
        self.innerHeads = ScalarTrie(words: innerHeads)
        self.venueWords = venueWords.map { Array($0.unicodeScalars) }
        self.stops = stops
    }

    /// The bundled lists.
    public static let bundled: HotelNameSpan = {
        let lines = BundledResources.requiredWordList(.placeHotelNames)
        func entries(_ kind: String) -> [String] {
            lines.filter { $0.hasPrefix(kind + ":") }.map { String($0.dropFirst(kind.count + 1)) }
        }
        let places = PlaceWordLists.bundled, people = PersonWordLists.bundled
        return HotelNameSpan(heads: entries("head"), innerHeads: entries("inner"), venueWords: entries("after"),
                             stops: [places.adminHeads, places.namedHeads, places.facilityHeads, places.organisationHeads,
                                     places.nameStops, people.stops, people.titles, people.roles,
                                     .bundled(.spanCheckVerbs)])
    }()

    /// `mentions` with every hotel PLACE run over its spaced name, without the PLACEs inside it.
    public func extend(_ mentions: [Mention], text scalars: [Unicode.Scalar]) -> [Mention] {
        guard mentions.contains(where: isHotel) else { return mentions }
        var startsAt: [Int: [Int]] = [:]
        for (index, mention) in mentions.enumerated() { startsAt[mention.range.start, default: []].append(index) }
        var result = mentions
        var inside: [ScalarRange] = []
        for (index, mention) in mentions.enumerated() where isHotel(mention) && isVenue(mention.range.start, scalars: scalars) {
            guard let end = nameEnd(after: mention.range.end, scalars: scalars, mentions: mentions, startsAt: startsAt),
                  end > mention.range.end else { continue }
            let range = ScalarRange(mention.range.start, end)
            result[index].range = range
            result[index].text = Document.string(scalars[range.start..<range.end])
            result[index].attributes[.containedIn] = nil   // named after a place no more ("โรงแรมเอเชีย แอร์พอร์ต")
            inside.append(range)
        }
        guard !inside.isEmpty else { return mentions }
        return result.filter { mention in
            mention.label != .place || !inside.contains { $0.contains(mention.range) && $0 != mention.range }
        }
    }

    private func isHotel(_ mention: Mention) -> Bool {
        guard mention.label == .place else { return false }
        let text = Array(mention.text.unicodeScalars)
        return heads.contains { text.count >= $0.count && text.matches($0, at: 0) }
    }

    /// Whether the hotel starting at `start` is a venue: a `venueWords` word right before it (a space
    /// allowed), or the cue "ณ" within `venueReach` scalars before it on its line.
    private func isVenue(_ start: Int, scalars: [Unicode.Scalar]) -> Bool {
        let before = scalars.skippingWordSpaces(backwardFrom: start, max: 1)
        if venueWords.contains(where: { scalars.matches($0, endingAt: before) }) { return true }
        var i = start - 1
        while i >= max(0, start - venueReach), !ScalarClass.isLineBreak(scalars[i]) {
            if VenueCue.isCue(at: i, in: scalars) { return true }
            i -= 1
        }
        return false
    }

    /// Where the spaced name that goes on after `end` ends, or nil when it does not end within `maxWords`.
    private func nameEnd(after end: Int, scalars: [Unicode.Scalar], mentions: [Mention], startsAt: [Int: [Int]]) -> Int? {
        var kept = end       // the end of the name so far, places written last left out
        var at = end
        for _ in 0...maxWords {
            guard at + 1 < scalars.count, ScalarClass.isWordSpace(scalars[at]), isNameScalar(scalars[at + 1]),
                  !ScalarClass.isASCIIDigit(scalars[at + 1]) else { return kept }
            let start = at + 1
            let others = (startsAt[start] ?? []).map { mentions[$0] }
            if others.contains(where: { $0.label != .place }) { return kept }
            if innerHeads.longestMatchEnd(in: scalars, at: start) == nil,
               stops.contains(where: { $0.longestMatchEnd(in: scalars, at: start) != nil }) { return kept }
            at = start
            while at < scalars.count, isNameScalar(scalars[at]) { at += 1 }
            if let place = others.first(where: { $0.label == .place }) {
                at = max(at, place.range.end)
            } else {
                kept = at
            }
        }
        return nil
    }

    /// Letters, marks and digits of a name's word, and the dots, hyphens, ampersands and apostrophes
    /// inside it ("ทีเค.พาเลซ", "แชงกรี-ลา", "S.D.").
    private func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isThaiLetterOrSign(s) || ScalarClass.isLatinLetter(s) || ScalarClass.isASCIIDigit(s)
            || s == "." || s == "-" || s == "&" || s == "'" || s == "\u{2019}"
    }
}
