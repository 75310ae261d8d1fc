import KhaosanCore
import KhaosanText

/// Finds named events (EVENT mentions) after an event noun:
/// - "งาน ASEAN+ Creative Cities Forum 2023: Urban Regeneration …" — a Latin-script
///   name (capitalised words, digits, `+ - & ' . /`, a subtitle after ": ") after
///   งาน / การประชุม / เทศกาล / มหกรรม / นิทรรศการ / การแข่งขัน (the noun is outside the span);
/// - a quoted name after such a noun: งาน “Thai Festival 2023” (quotes outside the span);
/// - a Thai name with a number: "การประชุมสุดยอดอาเซียน ครั้งที่ 43", "งานกาชาด ประจำปี 2566"
///   (the noun is inside the span, as ThaiNER writes Thai event names).
public struct EventExtractor: MentionExtractor {
    public let name = "events"
    public let labels: Set<MentionLabel> = [.event]

    static let nouns = BundledResources.requiredWordList(.eventNouns)
    /// `nouns` as scalar arrays, and the scalars they start with.
    static let nounScalars = nouns.map { Array($0.unicodeScalars) }
    static let nounFirstScalars = nounScalars.map(\.[0].value)
    static let thaiNouns = BundledResources.requiredWordList(.eventThaiNameNouns)
    static let numberedSuffixes = ["ครั้งที่", "ประจำปี"]
    static let openQuotes: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "“": "”", "'": "'", "‘": "’", "«": "»"]
    /// Words that make a Latin phrase after the ambiguous "งาน" (also "work") an event name.
    static let eventWords: Set<String> = ["expo", "forum", "summit", "festival", "fair", "conference", "congress", "week",
                                          "awards", "award", "games", "symposium", "show", "exhibition", "day", "marathon",
                                          "run", "concert", "meeting", "dialogue", "convention", "carnival", "fest",
                                          "biennale", "olympics", "cup", "championship", "seminar", "workshop", "talk"]
    /// A Thai run starting with one of these after an event noun is not a name ("งานของหน่วยงาน…").
    static let functionWords = BundledResources.requiredWordList(.eventFunctionWords)

    public init() {}

    public func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        let text = document.document.textScalars
        var found: [Mention] = []
        var position = 0
        while position < text.count {
            // Fast path: most positions cannot start a noun.
            guard Self.nounFirstScalars.contains(text[position].value),
                  let n = Self.nounScalars.firstIndex(where: { text.matches($0, at: position) }) else {
                position += 1
                continue
            }
            let noun = Self.nouns[n]
            let nounEnd = position + Self.nounScalars[n].count
            var start = nounEnd
            if start < text.count, text[start] == " " { start += 1 }
            if let range = quoted(text, at: start) ?? latinName(text, at: start, strict: noun == "งาน")
                ?? (Self.thaiNouns.contains(noun) ? thaiNumberedName(text, nounStart: position, nounEnd: nounEnd) : nil) {
                let event = document.mention(textRange: range, label: .event, source: "event.after-noun", confidence: 1.0)
                found.append(range.start == position ? Self.withOrganizer(event, nounEnd: nounEnd, text, earlier, document) : event)
                position = range.end
            } else {
                position = nounEnd
            }
        }
        for (range, nounEnd) in Self.venueNamedEvents(text, earlier: earlier, taken: found.map(\.range)) {
            let event = document.mention(textRange: range, label: .event, source: Self.venueSource, confidence: 0.9)
            found.append(Self.withOrganizer(event, nounEnd: nounEnd, text, earlier, document))
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    /// `event` (its span starting with the event noun, which ends at `nounEnd`) with the `organizer`
    /// attribute naming the body whose meeting it is, when `bodyMeeting` finds one.
    static func withOrganizer(_ event: Mention, nounEnd: Int, _ text: [Unicode.Scalar], _ earlier: [Mention],
                              _ document: AnalyzedDocument) -> Mention {
        guard let body = bodyMeeting(after: nounEnd, in: text, within: event.range, earlier) else { return event }
        var named = event
        named.attributes[MentionAttribute.organizer] = document.mention(textRange: body, label: .organization,
                                                                        source: "event.organizer").text
        return named
    }

    /// The name of the ORG whose meeting or event a Thai event name is (normalised offsets):
    /// - the whole Thai name after the event noun, when an ORG mention of the rules starts right
    ///   there ("การประชุม[คณะกรรมการโรคติดต่อแห่งชาติ] ครั้งที่ 4/2567"); the rules' ORG itself may
    ///   stop short at a word break ("คณะกรรมการป้องกัน|และแก้ไขปัญหา…"), so the name runs to the number;
    /// - else an ORG mention that ends the name ("การประชุมสุดยอด[อาเซียน] ครั้งที่ 43",
    ///   "การประชุมผู้บริหาร[กระทรวงยุติธรรม] ครั้งที่ 1/2563").
    /// The event's span covers it, so the ORG gets no span of its own (no nested spans, as in
    /// ThaiNER); the event's `organizer` attribute keeps the link, which the graph makes only to
    /// an ORG the archive knows by that name.
    static func bodyMeeting(after nounEnd: Int, in text: [Unicode.Scalar], within range: ScalarRange,
                            _ earlier: [Mention]) -> ScalarRange? {
        var nameEnd = nounEnd
        while nameEnd < range.end, ScalarClass.isThaiLetterOrSign(text[nameEnd]) { nameEnd += 1 }
        let inside = earlier.filter {
            $0.label == .organization && $0.range.start >= nounEnd && $0.range.end <= nameEnd && !$0.range.isEmpty
        }
        if let body = inside.first(where: { $0.range.start == nounEnd }) { return ScalarRange(body.range.start, nameEnd) }
        return inside.first { $0.range.end == nameEnd }?.range
    }

    static func has(_ word: String, in text: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset >= 0 else { return false }
        var i = offset
        for scalar in word.unicodeScalars {
            guard i < text.count, text[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    private func quoted(_ text: [Unicode.Scalar], at start: Int) -> ScalarRange? {
        guard start < text.count, let close = Self.openQuotes[text[start]] else { return nil }
        var end = start + 1
        while end < text.count, end - start <= 120, text[end] != close, text[end] != "\n" { end += 1 }
        guard end < text.count, text[end] == close else { return nil }
        var low = start + 1, high = end
        while low < high, text[low] == " " { low += 1 }
        while high > low, text[high - 1] == " " { high -= 1 }
        // A name, not a quoted sentence: short, few spaces.
        guard high - low > 2, high - low <= 80, text[low..<high].filter({ $0 == " " }).count <= 5 else { return nil }
        return ScalarRange(low, high)
    }

    private static func isLatinNameScalar(_ s: Unicode.Scalar) -> Bool {
        (s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil)) || "+-&'./".unicodeScalars.contains(s)
    }

    /// A run of Latin words starting with a capital or digit, single spaces between words.
    /// `strict` (after "งาน", which also means "work"): the name needs an event word,
    /// a year, or at least three words.
    private func latinName(_ text: [Unicode.Scalar], at start: Int, strict: Bool) -> ScalarRange? {
        guard start < text.count, text[start].isASCII,
              text[start].properties.isUppercase || text[start].properties.numericType != nil else { return nil }
        var end = start
        var words = 0
        var i = start
        while i < text.count {
            let wordStart = i
            while i < text.count, Self.isLatinNameScalar(text[i]) { i += 1 }
            guard i > wordStart else { break }
            words += 1
            end = i
            if i < text.count, text[i] == ":", i + 2 < text.count, text[i + 1] == " ",
               text[i + 2].isASCII, text[i + 2].properties.isUppercase {
                i += 2
                continue
            }
            guard i + 1 < text.count, text[i] == " ", text[i + 1].isASCII,
                  Self.isLatinNameScalar(text[i + 1]) else { break }
            i += 1
        }
        while end > start, ".-'/".unicodeScalars.contains(text[end - 1]) { end -= 1 }
        let range = ScalarRange(start, end)
        let letters = text[start..<end].filter { $0.properties.isAlphabetic }.count
        guard words >= 2 || (words == 1 && letters >= 4 && text[start..<end].contains { $0.properties.numericType != nil })
        else { return nil }
        if strict {
            let name = Document.string(text[start..<end])
            let words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let hasYear = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("19") || $0.hasPrefix("20")) }
            guard hasYear || words.count >= 3 || words.contains(where: { Self.eventWords.contains(String($0)) }) else { return nil }
        }
        return range
    }

    /// Words after which a Thai event noun starts a name; after other Thai letters the noun is
    /// part of a word ("หน่วยงาน", "ผลงาน").
    static let nounLeads = BundledResources.requiredWordList(.eventNounLeads)

    /// Whether one of `nounLeads` ends at `offset` (an event noun glued to it starts a name there).
    static func followsNounLead(_ text: [Unicode.Scalar], at offset: Int) -> Bool {
        nounLeads.contains { has($0, in: text, at: offset - $0.unicodeScalars.count) }
    }

    /// The end of "N/YYYY" or "N/YY" when a year follows the meeting number at `numberEnd`
    /// ("ครั้งที่ 1/2563", "ครั้งที่ ๒๒/๒๕๖๓", "ครั้งที่ 2/60", "ครั้งที่ 4 / 2563"), else `numberEnd`: meetings are numbered
    /// per year, so without its year "การประชุมคณะรัฐมนตรีอย่างเป็นทางการนอกสถานที่ ครั้งที่ 1" is
    /// the name of five meetings (2561–2568) of the thaigov archive.
    static func yearOfNumberEnd(_ text: [Unicode.Scalar], numberEnd: Int) -> Int {
        var slash = numberEnd
        if slash < text.count, text[slash] == " " { slash += 1 }   // "ครั้งที่ 4 / 2563"
        guard slash + 2 < text.count, text[slash] == "/" else { return numberEnd }
        var yearStart = slash + 1
        if text[yearStart] == " " { yearStart += 1 }
        var j = yearStart
        while j < text.count, text[j].properties.numericType != nil { j += 1 }
        let digits = j - yearStart
        let isDateLike = j < text.count && (text[j] == "/" || text[j] == ".")   // "1/10/2563", "2/60.5"
        return (digits == 2 || digits == 4) && !isDateLike ? j : numberEnd
    }

    /// "การประชุมสุดยอดอาเซียน ครั้งที่ 43": noun + Thai name + " ครั้งที่ N" / " ประจำปี N" (and the
    /// year of a meeting number: " ครั้งที่ 1/2563").
    private func thaiNumberedName(_ text: [Unicode.Scalar], nounStart: Int, nounEnd: Int) -> ScalarRange? {
        if nounStart > 0, ScalarClass.isThaiLetterOrSign(text[nounStart - 1]), !Self.followsNounLead(text, at: nounStart) {
            return nil
        }
        var i = nounEnd
        while i < text.count, ScalarClass.isThaiLetterOrSign(text[i]) { i += 1 }
        guard i - nounEnd >= 3, !Self.functionWords.contains(where: { Self.has($0, in: text, at: nounEnd) }) else { return nil }
        var j = i
        if j < text.count, text[j] == " " { j += 1 }
        guard let suffix = Self.numberedSuffixes.first(where: { Self.has($0, in: text, at: j) }) else { return nil }
        j += suffix.unicodeScalars.count
        if j < text.count, text[j] == " " { j += 1 }
        let numberStart = j
        while j < text.count, text[j].properties.numericType != nil { j += 1 }
        guard j > numberStart else { return nil }
        return ScalarRange(nounStart, Self.yearOfNumberEnd(text, numberEnd: j))
    }
}
