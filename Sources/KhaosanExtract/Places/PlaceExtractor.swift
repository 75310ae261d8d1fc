import KhaosanCore
import KhaosanText

/// Finds PLACE mentions: gazetteer names (provinces, countries, cities, regions,
/// places mined from ThaiNER TRAIN, the user's lexicons), the same after a head
/// ("จังหวัดพะเยา", "กรุงฮานอย", "ประเทศเวียดนาม", "เมืองพะเยา"), and unknown names
/// after administrative heads ("ต.ขามใหญ่", "อำเภอคำม่วง"), and rooms and buildings named
/// after an organisation ("ห้องประชุมกระทรวงเกษตรและสหกรณ์", source `place.facility+org`), and convention
/// and exhibition centres the organisation rules found ("ศูนย์การประชุมแห่งชาติสิริกิติ์", source `place.venue`).
///
/// A place written inside an organisation's name ("มหาวิทยาลัยพะเยา",
/// "องค์การบริหารส่วนจังหวัดพะเยา") is not its own span: ThaiNER gives the whole
/// name to ORG. Mentions carry normalised offsets (`AnalyzedDocument`); heads are inside the
/// span, and in the source so is a BOM or zero-width space right after it.
public struct PlaceExtractor: MentionExtractor {
    public let name = "places"
    public let includesInvisibleTail = true
    public let labels: Set<MentionLabel> = [.place]
    private let gazetteer: PlaceGazetteer
    let lists: PlaceWordLists
    private let personLists: PersonWordLists
    private let provinceTypos: ProvinceTypoMatcher

    /// First two scalars of every gazetteer name and head.
    private let starts: ScalarPrefilter

    public init(lexicon: Lexicon) {
        gazetteer = PlaceGazetteer(lexicon: lexicon)
        lists = .bundled
        personLists = .bundled
        provinceTypos = ProvinceTypoMatcher(gazetteer: gazetteer)
        starts = ScalarPrefilter(tries: [gazetteer.trie, lists.adminHeads, lists.namedHeads, lists.facilityHeads])
    }

    struct Candidate {
        var range: ScalarRange
        var entry: Int?
        var source: String
        var confidence: Double
        /// An unknown name after a province head (จังหวัด + not a Thai province).
        var isUnknownProvince = false
        /// A facility, road or temple named after the known place `entry` ("วัดอ่างทอง",
        /// "ถนนเพชรบุรี"), or a province's capital district ("เมืองเชียงใหม่"): a thing of its own,
        /// located in that place, never the place itself.
        var isNamedAfterEntry = false
    }

    public func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        let scalars = document.document.textScalars
        let reader = PersonNameReader(scalars: scalars,
                                      boundaries: TokenBoundaries(tokens: document.tokens, length: scalars.count),
                                      lists: personLists)
        let latinProse = LatinProseLines(scalars: scalars)
        var found = scan(document, earlier: earlier, scalars: scalars, reader: reader, latinProse: latinProse, unknownProvinces: true)
        // All 77 Thai provinces are known: an unknown name after จังหวัด is a foreign province
        // ("จังหวัดมิเอะ") only in an article that names a foreign place; otherwise it is a
        // common-noun use ("จังหวัดชายแดน", "จังหวัดทุกแห่ง"), and the text is read again without it.
        if found.contains(where: \.isUnknownProvince),
           !found.contains(where: { $0.entry.map(gazetteer.isForeign) ?? false }) {
            found = scan(document, earlier: earlier, scalars: scalars, reader: reader, latinProse: latinProse, unknownProvinces: false)
        }
        return found.map { candidate in
            var mention = document.mention(textRange: candidate.range, label: .place,
                                                               source: candidate.source, confidence: candidate.confidence)
            if let index = candidate.entry, candidate.isNamedAfterEntry {
                mention.attributes[MentionAttribute.containedIn] = gazetteer.entries[index].name
            } else if let index = candidate.entry {
                let entry = gazetteer.entries[index]
                mention.value = entry.name
                for key in [MentionAttribute.wikidata, .english, .schemaType, .containedIn] {
                    if let value = entry.properties[key.rawValue] { mention.attributes[key] = value }
                }
            }
            return mention
        }
    }

    /// Places found left to right, each the best candidate at its start.
    private func scan(_ document: AnalyzedDocument, earlier: [Mention], scalars: [Unicode.Scalar], reader: PersonNameReader,
                      latinProse: LatinProseLines, unknownProvinces: Bool) -> [Candidate] {
        var found: [Candidate] = []
        let taken = SpanOverlapIndex(earlier.map(\.range))
        let organisationEnds = Dictionary(earlier.filter { $0.label == .organization }.map { ($0.range.start, $0.range.end) },
                                          uniquingKeysWith: max)
        var i = 0
        while i < scalars.count {
            if let venue = venueFoundAsOrganisation(at: i, organisationEnds: organisationEnds, scalars: scalars) {
                found.append(venue)
                i = venue.range.end
                continue
            }
            if !organisationEnds.isEmpty, starts.mayStart(in: scalars, at: i), reader.isWordStart(i),
               let room = roomNamedAfterOrganisation(at: i, organisationEnds: organisationEnds, taken: taken, scalars: scalars) {
                found.append(room)
                i = room.range.end
                continue
            }
            if starts.mayStart(in: scalars, at: i), reader.isWordStart(i), followsFalsePrefix(i, scalars: scalars) {
                i = endOfFalseContextPlace(at: i, scalars: scalars, reader: reader)
                continue
            }
            guard starts.mayStart(in: scalars, at: i), reader.isWordStart(i) || reader.isAbbreviationStart(i),
                  let candidate = bestCandidate(at: i, scalars: scalars, reader: reader, latinProse: latinProse,
                                                unknownProvinces: unknownProvinces),
                  !isInsideOrganisationName(candidate.range.start, scalars: scalars, reader: reader),
                  !taken.overlapsAny(candidate.range) else { i += 1; continue }
            found.append(candidate)
            i = candidate.range.end
        }
        return found
    }

    private enum HeadKind { case admin, named, facility }

    /// Heads of a Thai province, all 77 of which the gazetteer knows: `PlaceWordLists.provinceHeads`
    /// and the abbreviation "จว.", which the head rules read too.
    private static let provinceHeads = Set(PlaceWordLists.provinceHeads + ["จว."])

    /// The longest place starting at `start`, if any. After a mid-word abbreviation
    /// ("ผวจ.") only a head followed by a known name counts; an unknown name after a
    /// province head only when `unknownProvinces`.
    private func bestCandidate(at start: Int, scalars: [Unicode.Scalar], reader: PersonNameReader,
                               latinProse: LatinProseLines, unknownProvinces: Bool) -> Candidate? {
        let midWord = !reader.isWordStart(start)
        let adminEnd = lists.adminHeads.longestMatchEnd(in: scalars, at: start)
        let namedEnd = lists.namedHeads.longestMatchEnd(in: scalars, at: start)
        let facilityEnd = lists.facilityHeads.longestMatchEnd(in: scalars, at: start)
        // Fast path: no head and no known name starts here.
        if adminEnd == nil, namedEnd == nil, facilityEnd == nil, midWord || !gazetteer.hasMatch(in: scalars, at: start) {
            return nil
        }
        // After a false context ("ปฏิญญา|กรุงกัวลาลัมเปอร์", "ภาษา|ไทย") neither a known name nor a head starts a place.
        if !midWord, followsFalsePrefix(start, scalars: scalars) { return nil }
        var candidates: [Candidate] = []
        // A word of the `start:` lines blocks heads and known names shorter than itself ("ปราก|ฎการณ์").
        let falseHeadEnd = lists.falseHeads.longestMatchEnd(in: scalars, at: start) ?? start
        if !midWord,
           let match = gazetteer.matches(in: scalars, at: start, afterHead: false, isEnd: { isNameEnd($0, scalars, reader) })
            .first(where: { $0.end >= falseHeadEnd && isLatinContextOK(ScalarRange(start, $0.end), scalars: scalars, latinProse: latinProse) }),
           !gazetteer.needsPreposition(match.entry, written: Document.string(scalars[start..<match.end]))
            || AdjectivePlaceName.isPlaceContext(ScalarRange(start, match.end), in: scalars) {
            candidates.append(Candidate(range: ScalarRange(start, match.end), entry: match.entry,
                                        source: "place.gazetteer", confidence: 0.85))
        }
        let heads: [(Int?, HeadKind)] = [(adminEnd, .admin), (namedEnd, .named), (facilityEnd, .facility)]
        for (headEnd, kind) in heads {
            guard let headEnd, headEnd < scalars.count, headEnd > falseHeadEnd || falseHeadEnd == start else { continue }
            var nameStart = headEnd
            if nameStart + 1 < scalars.count, ScalarClass.isWordSpace(scalars[nameStart]) { nameStart += 1 }
            guard ScalarClass.isThaiWordScalar(scalars[nameStart]) || ScalarClass.isLatinUppercase(scalars[nameStart]) else { continue }
            let headText = Document.string(scalars[start..<headEnd])
            // "บ้าน" (house, home) names a village only when the name follows it unspaced.
            if headText == "บ้าน" && nameStart != headEnd { continue }
            let runEnd = reader.thaiRunEnd(from: nameStart)
            if let match = gazetteer.matches(in: scalars, at: nameStart, afterHead: true, isEnd: { isNameEnd($0, scalars, reader) })
                .first(where: { isAllowed(type: gazetteer.type($0.entry), afterHead: headText)
                    // A known name after a facility head must end the run ("ตึกไทยคู่ฟ้า" is not ตึก + ไทย).
                    // (Asking the same of districts, "ตำบลเมืองหมี", cost more than it fixed on TRAIN.)
                    && (kind != .facility || isRunEnd($0.end, runEnd: runEnd, scalars, reader)) }) {
                let end = kind == .facility ? withNumber(after: match.end, scalars: scalars) : match.end
                candidates.append(Candidate(range: ScalarRange(start, end), entry: match.entry,
                                            source: "place.head+gazetteer", confidence: 0.9,
                                            isNamedAfterEntry: kind == .facility || headText == "บ้าน"
                                                || (headText == "เมือง" && gazetteer.isThaiProvince(match.entry))))
                continue
            }
            // A known name of the wrong kind ("จังหวัดภาคเหนือ") is not an unknown name either.
            guard !midWord, nameStart == headEnd, ScalarClass.isThaiWordScalar(scalars[nameStart]),
                  !gazetteer.matches(in: scalars, at: nameStart, afterHead: true, isEnd: { _ in true })
                    .contains(where: { !isAllowed(type: gazetteer.type($0.entry), afterHead: headText) }),
                  !reader.startsStopWord(at: nameStart), lists.nameStops.longestMatchEnd(in: scalars, at: nameStart) == nil,
                  !startsCommonWord(nameStart, kind: kind, scalars: scalars, reader: reader)
            else { continue }
            var nameEnd = unknownNameEnd(from: nameStart, scalars: scalars, reader: reader)
            guard nameEnd - nameStart >= 2 else { continue }
            switch kind {
            case .admin:
                let isProvince = Self.provinceHeads.contains(headText)
                if isProvince, let typo = provinceTypos.match(in: scalars, at: nameStart, limit: runEnd,
                                                              isEnd: { isNameEnd($0, scalars, reader) }) {
                    candidates.append(Candidate(range: ScalarRange(start, typo.end), entry: typo.entry,
                                                source: "place.head+typo", confidence: 0.85))
                    break
                }
                guard unknownProvinces || !isProvince else { break }
                candidates.append(Candidate(range: ScalarRange(start, nameEnd), entry: nil, source: "place.head", confidence: 0.8,
                                            isUnknownProvince: isProvince))
            case .named where isFollowedByHead(nameEnd, scalars: scalars):
                candidates.append(Candidate(range: ScalarRange(start, nameEnd), entry: nil, source: "place.head", confidence: 0.8))
            case .facility:
                // An unknown facility name is a whole unspaced run ("โรงแรมรามาการ์เด้นส์"), not a cut one.
                guard nameEnd == reader.thaiRunEnd(from: nameStart), nameEnd - nameStart <= 20,
                      !lists.genericPlaces.contains(Document.string(scalars[start..<nameEnd])) else { break }
                nameEnd = withNumber(after: nameEnd, scalars: scalars)
                candidates.append(Candidate(range: ScalarRange(start, nameEnd), entry: nil, source: "place.facility", confidence: 0.7))
            case .named:
                break
            }
        }
        // A known name beats a longer guess: rank by confidence, then length.
        return candidates.max { ($0.confidence, $0.range.count) < ($1.confidence, $1.range.count) }
    }

    /// Whether the first word at `start` is a common word no place name begins with
    /// ("ทุก", "ชายแดน", "ดำเนินการ") or, after an administrative or named head, another
    /// administrative head ("ตำบลอำเภอ"; a facility may be named after a district:
    /// "โรงพยาบาลอำเภอวังหิน").
    private func startsCommonWord(_ start: Int, kind: HeadKind, scalars: [Unicode.Scalar], reader: PersonNameReader) -> Bool {
        (kind != .facility && lists.adminHeads.longestMatchEnd(in: scalars, at: start) != nil)
            || lists.nameFalseStarts.hasMatch(in: scalars, at: start, endingWhere: { reader.isWordEnd($0) })
    }

    private static let afterHeadWords = ["จังหวัด", "จ.", "อำเภอ", "อ.", "เขต"].map { Array($0.unicodeScalars) }

    /// Whether `start` directly follows a province or district head (จังหวัด, จ., อำเภอ, อ.),
    /// after which ambiguous names (เลย, ตาก) count.
    static func isAfterHead(_ start: Int, scalars: [Unicode.Scalar]) -> Bool {
        afterHeadWords.contains { scalars.matches($0, endingAt: start) }
    }

    /// Heads that name a country or an administrative area, not a region ("ประเทศยุโรป" is not a span).
    private static let headTypes: [String: Set<String>] = [
        "ประเทศ": ["Country"], "สาธารณรัฐ": ["Country"], "สหพันธ์สาธารณรัฐ": ["Country"], "จังหวัด": ["AdministrativeArea"], "จ.": ["AdministrativeArea"], 
        "เขต": ["AdministrativeArea"], "แขวง": ["AdministrativeArea"], "อ.": ["AdministrativeArea"],
        "ต.": ["AdministrativeArea"], "อำเภอ": ["AdministrativeArea"], "ตำบล": ["AdministrativeArea"],
    ]

    private func isAllowed(type: String?, afterHead head: String) -> Bool {
        guard let allowed = Self.headTypes[head], let type else { return true }
        return allowed.contains(type)
    }

    /// Whether a name ending at `end` ends its unspaced run, or a head, stop word or
    /// abbreviation's end follows.
    private func isRunEnd(_ end: Int, runEnd: Int, _ scalars: [Unicode.Scalar], _ reader: PersonNameReader) -> Bool {
        end >= runEnd || scalars[end - 1] == "." || lists.adminHeads.longestMatchEnd(in: scalars, at: end) != nil
            || reader.startsStopWord(at: end) || lists.nameStops.longestMatchEnd(in: scalars, at: end) != nil
    }

    /// A name may end at a word end, or right after an abbreviation's dot or ฯ ("กทม.จะ").
    private func isNameEnd(_ end: Int, _ scalars: [Unicode.Scalar], _ reader: PersonNameReader) -> Bool {
        reader.isWordEnd(end) || scalars[end - 1] == "." || scalars[end - 1] == "ฯ"
            || (reader.isAbbreviationStart(end) && lists.namedHeads.longestMatchEnd(in: scalars, at: end) != nil)
            || (reader.isAbbreviationStart(end) && lists.adminHeads.longestMatchEnd(in: scalars, at: end) != nil)
    }

    private static let chao = Array("เจ้า".unicodeScalars)

    /// Whether `word` is written right before `offset` (เจ้าคณะ is a monk's rank, not คณะ).
    private func follows(_ word: [Unicode.Scalar], at offset: Int, scalars: [Unicode.Scalar]) -> Bool {
        scalars.matches(word, endingAt: offset)
    }

    /// Where to go on after a place-like word that follows a false context: past a head and the known name
    /// after it ("ปฏิญญา|กรุงกัวลาลัมเปอร์" is a declaration; กัวลาลัมเปอร์ alone must not start a place either).
    private func endOfFalseContextPlace(at start: Int, scalars: [Unicode.Scalar], reader: PersonNameReader) -> Int {
        var end = [lists.adminHeads, lists.namedHeads, lists.facilityHeads]
            .compactMap { $0.longestMatchEnd(in: scalars, at: start) }.max() ?? start
        if end < scalars.count,
           let name = gazetteer.matches(in: scalars, at: end, afterHead: end > start, isEnd: { isNameEnd($0, scalars, reader) })
            .map(\.end).max() {
            end = name
        }
        return max(end, start + 1)
    }

    private func followsFalsePrefix(_ start: Int, scalars: [Unicode.Scalar]) -> Bool {
        lists.falsePrefixes.contains { word in
            scalars.matches(word, endingAt: start)
        }
    }

    /// "อาคาร 1", "ถนนกำแพงเพชร 2": a number after one space belongs to a facility name.
    func withNumber(after end: Int, scalars: [Unicode.Scalar]) -> Int {
        guard end + 1 < scalars.count, scalars[end] == " ", ("0"..."9").contains(scalars[end + 1]) else { return end }
        var i = end + 1
        while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
        return i < scalars.count && ScalarClass.isThaiWordScalar(scalars[i]) ? end : i
    }

    /// A Latin gazetteer name ("Thailand") counts only as a word of its own, not inside
    /// a Latin name ("Learning City Thailand") or a path ("A/chicken/Thailand/"). In Thai
    /// text it needs a Thai neighbour; on a Latin-script line (`latinProse`) it counts in
    /// running English ("visited Japan and China") unless a capitalised word joins it to a
    /// longer name ("Digital Thailand", "Thailand Smart Money", "Bank of Thailand").
    private func isLatinContextOK(_ range: ScalarRange, scalars: [Unicode.Scalar], latinProse: LatinProseLines) -> Bool {
        guard ScalarClass.isLatinLetter(scalars[range.start]) else { return true }
        let before = range.start > 0 ? scalars[range.start - 1] : " "
        let after = range.end < scalars.count ? scalars[range.end] : " "
        if before == "/" || after == "/" || ScalarClass.isLatinLetter(before) || ScalarClass.isLatinLetter(after) { return false }
        if latinProse.contains(range.start) { return isEnglishWordOfItsOwn(range, scalars: scalars) }
        if before == " ", range.start >= 2, ScalarClass.isLatinLetter(scalars[range.start - 2]) { return false }
        if after == " ", range.end + 1 < scalars.count, ScalarClass.isLatinUppercase(scalars[range.end + 1]) { return false }
        // Inside English text ("Tra Vinh – Viet Nam") ThaiNER marks nothing: a Thai neighbour is needed.
        var left = range.start - 1
        while left >= 0, ScalarClass.isWordSpace(scalars[left]) { left -= 1 }
        var right = range.end
        while right < scalars.count, ScalarClass.isWordSpace(scalars[right]) { right += 1 }
        return (left >= 0 && ScalarClass.isThaiWordScalar(scalars[left])) || (right < scalars.count && ScalarClass.isThaiWordScalar(scalars[right]))
    }

    /// A Latin name on an English line that no capitalised neighbour joins to a longer name:
    /// the word after it is not capitalised ("Japan International Cooperation Agency"), the word
    /// before it is not a capitalised word other than a lead word (`latinLeadWords`: "In", "The"),
    /// and it is not "of" after such a word ("Embassy of Japan").
    /// A name joined by hyphens ("Asia-Europe Foundation", "Thailand-EFTA FTA") is read as one word.
    private func isEnglishWordOfItsOwn(_ range: ScalarRange, scalars: [Unicode.Scalar]) -> Bool {
        var start = range.start, end = range.end
        while end + 1 < scalars.count, scalars[end] == "-", ScalarClass.isLatinLetter(scalars[end + 1]) {
            end += 1
            while end < scalars.count, ScalarClass.isLatinLetter(scalars[end]) { end += 1 }
        }
        while start >= 2, scalars[start - 1] == "-", ScalarClass.isLatinLetter(scalars[start - 2]) {
            start -= 1
            while start > 0, ScalarClass.isLatinLetter(scalars[start - 1]) { start -= 1 }
        }
        if end + 1 < scalars.count, ScalarClass.isWordSpace(scalars[end]),
           ScalarClass.isLatinUppercase(scalars[end + 1]) || ScalarClass.isASCIIDigit(scalars[end + 1]) { return false }
        guard let previous = latinWord(endingBefore: start, scalars: scalars) else { return true }
        if previous.text == "of" || previous.text == "for" {
            guard let owner = latinWord(endingBefore: previous.range.start, scalars: scalars) else { return true }
            return !isNameWord(owner.text)
        }
        return !isNameWord(previous.text)
    }

    /// A capitalised word that is not a lead word: part of a name.
    private func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ScalarClass.isLatinUppercase(first) else { return false }
        return !lists.latinLeadWords.contains(word)
    }

    /// The Latin word that ends one space before `end` (letters and hyphens: "Asia-Pacific"), if any.
    private func latinWord(endingBefore end: Int, scalars: [Unicode.Scalar]) -> (text: String, range: ScalarRange)? {
        guard end >= 2, ScalarClass.isWordSpace(scalars[end - 1]), ScalarClass.isLatinLetter(scalars[end - 2]) else { return nil }
        var start = end - 2
        while start > 0, ScalarClass.isLatinLetter(scalars[start - 1]) || scalars[start - 1] == "-" { start -= 1 }
        return (Document.string(scalars[start..<(end - 1)]), ScalarRange(start, end - 1))
    }

    /// End of an unknown place name after a head: the Thai run, cut where another
    /// head or a word that ends names starts.
    private func unknownNameEnd(from start: Int, scalars: [Unicode.Scalar], reader: PersonNameReader) -> Int {
        let runEnd = reader.thaiRunEnd(from: start)
        var i = start + 2
        while i < runEnd {
            if reader.isAbbreviationStart(i) || reader.isWordStart(i) {
                if lists.adminHeads.longestMatchEnd(in: scalars, at: i) != nil { return i }
                if reader.isAbbreviationStart(i), lists.namedHeads.longestMatchEnd(in: scalars, at: i) != nil { return i }
                if reader.startsStopWord(at: i, strongOnly: true) || lists.nameStops.longestMatchEnd(in: scalars, at: i) != nil { return i }
            }
            i += 1
        }
        return runEnd
    }

    /// Whether another place head follows `end` (after at most one space): "อ.เมือง จ.ยะลา".
    private func isFollowedByHead(_ end: Int, scalars: [Unicode.Scalar]) -> Bool {
        var i = end
        if i < scalars.count, ScalarClass.isWordSpace(scalars[i]) { i += 1 }
        return lists.adminHeads.longestMatchEnd(in: scalars, at: i) != nil || lists.namedHeads.longestMatchEnd(in: scalars, at: i) != nil
    }

    /// Whether an organisation head (a whole word: สภา, not สภาพ) starts earlier in the
    /// same unspaced run as `start`, at most 40 scalars before it.
    private func isInsideOrganisationName(_ start: Int, scalars: [Unicode.Scalar], reader: PersonNameReader) -> Bool {
        // The run's start, looked for no further back than 40 scalars (a text without
        // spaces is one run: a walk to its start per candidate was quadratic).
        let limit = max(0, start - 40)
        var runStart = start
        while runStart > limit, !ScalarClass.isWordSpace(scalars[runStart - 1]), scalars[runStart - 1] != "\n" { runStart -= 1 }
        var i = runStart
        while i < start {
            if reader.isWordStart(i), !follows(Self.chao, at: i, scalars: scalars),
               lists.organisationHeads.hasMatch(in: scalars, at: i, endingWhere: { $0 <= start && reader.isWordEnd($0) }) {
                return true
            }
            i += 1
        }
        return false
    }
}
