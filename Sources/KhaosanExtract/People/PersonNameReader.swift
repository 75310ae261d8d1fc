import KhaosanCore
import KhaosanText

/// Reads titles and names at scalar offsets of one document's normalised text.
///
/// ICU splits unknown names into pieces, so names are read over characters:
/// a Thai given name runs to the next space, punctuation or a word that ends
/// names (a verb, a conjunction, a role noun, another title) at an ICU word
/// boundary; a family name is the run after one space unless that run starts
/// with such a word. All offsets are Unicode scalar offsets of the normalised text.
///
/// A class, not a struct: extractors pass it around and capture its methods as closures
/// once per candidate, and copying a struct of ten reference-counted fields each time cost
/// about 8% of extraction (retain/release of every field).
final class PersonNameReader {
    let scalars: [Unicode.Scalar]
    let boundaries: TokenBoundaries
    let lists: PersonWordLists

    init(scalars: [Unicode.Scalar], boundaries: TokenBoundaries, lists: PersonWordLists) {
        self.scalars = scalars
        self.boundaries = boundaries
        self.lists = lists
    }

    /// Whether a word may start at `offset`: an ICU boundary or after a non-letter.
    func isWordStart(_ offset: Int) -> Bool {
        guard offset > 0 else { return true }
        let previous = scalars[offset - 1]
        return boundaries.contains(offset) || !(ScalarClass.isThaiWordScalar(previous) || ScalarClass.isLatinLetter(previous))
    }

    /// Whether an abbreviation like "ด.ช." starts at `offset` (such titles may follow a word without a break).
    func isAbbreviationStart(_ offset: Int) -> Bool {
        offset + 2 < scalars.count && scalars[offset + 1] == "."
    }

    /// Whether a one-letter abbreviation at `offset` ("ศ.", "อ.") ends an acronym: it follows "X." with
    /// X a Thai letter ("ก.ค.ศ.พิจารณา": ศ. there is not ศาสตราจารย์). Longer titles after an
    /// abbreviated role stay titles ("รอง นรม.พล.อ.อ.ประจินฯ", "รมต.นร.หม่อมหลวง ปนัดดาฯ").
    func isAcronymTail(_ offset: Int) -> Bool {
        if offset >= 2 && offset + 1 < scalars.count && scalars[offset + 1] == "."
            && scalars[offset - 1] == "." && ScalarClass.isThaiWordScalar(scalars[offset - 2]) { return true }
        // "กยศ.": a dotted title (ศ.) right after 1–4 bare consonants that begin a word ends an acronym.
        guard offset >= 1, offset + 2 < scalars.count, scalars[offset + 1] == "." || scalars[offset + 2] == "." else { return false }
        var start = offset
        while start > 0, offset - start < 5, ScalarClass.isThaiConsonant(scalars[start - 1]) { start -= 1 }
        return (1...4).contains(offset - start) && (start == 0 || !ScalarClass.isThaiWordScalar(scalars[start - 1]))
    }

    /// Whether a title glued to the name read after it makes one dictionary word for ICU (no
    /// word boundary inside `[titleStart, nameEnd)`): เภสัชกร|รม is เภสัชกรรม "pharmacy",
    /// มิส|ซิสซิปปี is Mississippi. Unknown names are broken by ICU ("นาย|กฤช|เทพ", "นายก|มล").
    func isOneWord(titleStart: Int, nameEnd: Int) -> Bool {
        guard nameEnd - titleStart >= 2 else { return false }
        for k in (titleStart + 1)..<nameEnd where boundaries.contains(k) { return false }
        return true
    }

    /// Whether a name may end at `offset`: before a non-Thai-letter, or where a word that
    /// ends names starts ("ทักษิณกล่าว"); stricter than `isWordEnd` (ICU cuts inside
    /// unknown names: กิตติ|ศักดิ์).
    func isNameEnd(_ offset: Int) -> Bool {
        offset >= scalars.count || !ScalarClass.isThaiWordScalar(scalars[offset]) || startsStopWord(at: offset)
    }

    /// Whether a word may end at `offset`: an ICU boundary or before a non-Thai-letter.
    func isWordEnd(_ offset: Int) -> Bool {
        offset >= scalars.count || boundaries.contains(offset) || !ScalarClass.isThaiWordScalar(scalars[offset])
    }

    /// End of the longest title starting at `start`, unless the text there is a
    /// word that only begins like a title (นายกรัฐมนตรี, คุณภาพ).
    func titleEnd(at start: Int) -> Int? {
        guard let end = lists.titles.longestMatchEnd(in: scalars, at: start) else { return nil }
        if let falseEnd = lists.falseStarts.longestMatchEnd(in: scalars, at: start), falseEnd > end { return nil }
        if startsRoleNotTitle(at: start, titleEnd: end) { return nil }
        for word in lists.falseEnds where word.count > end - start && end - word.count >= 0 {
            if scalars.matches(word, endingAt: end) { return nil }
        }
        // "150 นาย นอกจากนี้" counts soldiers: นาย after a number and before a space is a classifier.
        if let before = scalar(before: start), before.properties.numericType != nil, end < scalars.count, ScalarClass.isWordSpace(scalars[end]),
           Document.string(scalars[start..<end]) == "นาย" { return nil }
        // A title must be followed by something that can start a name.
        guard end < scalars.count else { return nil }
        let next = scalars[end]
        let lastOfTitle = scalars[end - 1]
        if ScalarClass.isThaiWordScalar(next) {
            return end
        }
        if ScalarClass.isLatinLetter(next) { return lastOfTitle == "." || !ScalarClass.isLatinLetter(lastOfTitle) ? end : nil }
        if ScalarClass.isWordSpace(next) { return end }
        return nil
    }

    /// Whether the title at `start` begins a place's name: it is glued to a word of
    /// `person-title-false-leads.txt` ("วัดพระมหาธาตุ", "วัดคุณหญิงส้มจีน"), or begins with พระ
    /// one space after one ("วัด พระมหาธาตุ วรมหาวิหาร").
    /// The word must start at a word boundary ("จังหวัด|นาย…" is no temple).
    func titleBeginsPlaceName(at start: Int) -> Bool {
        func leadEnds(at end: Int) -> Bool {
            lists.titleFalseLeads.contains { scalars.matches($0, endingAt: end) && isWordStart(end - $0.count) }
        }
        if leadEnds(at: start) { return true }
        guard start >= 1, ScalarClass.isWordSpace(scalars[start - 1]), scalars.matches(Self.royalPrefix, at: start) else { return false }
        return leadEnds(at: start - 1)
    }

    /// พระ: the word most royal, monastic and temple names begin with.
    static let royalPrefix = Array("พระ".unicodeScalars)

    /// The last scalar before `offset` that is not a word space (nil at the start of the text).
    func scalar(before offset: Int) -> Unicode.Scalar? {
        var before = offset - 1
        while before >= 0, ScalarClass.isWordSpace(scalars[before]) { before -= 1 }
        return before >= 0 ? scalars[before] : nil
    }

    /// Whether a role noun that begins with the title at `start` (นายก over นาย) is written
    /// there as the role: it ends at a word boundary and no name continues the word after
    /// it, but a space or punctuation, a stop word ("นายกได้"), a role, a title or an
    /// organisation head ("นายกองค์กรบริหารส่วนจังหวัด") follows. "นายกฤชเทพ" and
    /// "นายกมล" (ICU: นายก|มล) stay นาย + name.
    func startsRoleNotTitle(at start: Int, titleEnd: Int) -> Bool {
        guard let roleEnd = lists.roles.longestMatchEnd(in: scalars, at: start), roleEnd > titleEnd else { return false }
        // "นายกแพทองธาร", "นายกเศรษฐา": a leading vowel cannot follow the role's last consonant inside one
        // name, so the role ends there (ICU may see no boundary); "นายกฤชเทพ", "นายกมล" stay นาย + name.
        if roleEnd < scalars.count, Self.leadingVowels.contains(scalars[roleEnd]) { return true }
        guard isWordEnd(roleEnd) else { return false }
        guard roleEnd < scalars.count, ScalarClass.isThaiWordScalar(scalars[roleEnd]) else { return true }
        return startsStopWord(at: roleEnd) || lists.organisationHeads.longestMatchEnd(in: scalars, at: roleEnd) != nil
    }

    /// Thai vowels written before the consonant they follow in speech (เ แ โ ใ ไ): one begins a syllable.
    static let leadingVowels: Set<Unicode.Scalar> = ["\u{0E40}", "\u{0E41}", "\u{0E42}", "\u{0E43}", "\u{0E44}"]

    /// Titles that count only in front of another title: อ. (อาจารย์) is also อำเภอ ("อ.ดร.อธิป").
    static let chainOnlyTitles: Set<String> = ["อ.", "เกียรติคุณ"]

    /// Titles stacked from `start` ("รองศาสตราจารย์ ดร.", "ผศ.น.สพ.ดร."), at most one space between them.
    func titleChain(at start: Int) -> (titles: [ScalarRange], end: Int)? {
        var titles: [ScalarRange] = []
        var position = start
        while let end = titleEnd(at: position) {
            if Self.chainOnlyTitles.contains(Document.string(scalars[position..<end])) {
                var next = end
                if next < scalars.count, ScalarClass.isWordSpace(scalars[next]) { next += 1 }
                guard titleEnd(at: next) != nil, !Self.chainOnlyTitles.contains(Document.string(scalars[next..<titleEnd(at: next)!])) else { break }
            }
            titles.append(ScalarRange(position, end))
            position = end
            if position < scalars.count, ScalarClass.isWordSpace(scalars[position]),
               position + 1 < scalars.count, titleEnd(at: position + 1) != nil {
                position += 1
            }
        }
        guard let last = titles.last else { return nil }
        return (titles, last.end)
    }

    /// End of the run of Thai letters starting at `start`.
    func thaiRunEnd(from start: Int) -> Int {
        var i = start
        while i < scalars.count, ScalarClass.isThaiWordScalar(scalars[i]) { i += 1 }
        return i
    }

    /// Stop words that also begin many family names (บุญมานุช, มีสุข): they do not cut a family name.
    static let nameFriendlyStops: Set<String> = [
        "มา", "ไป", "มี", "ลง", "ขึ้น", "ส่ง", "รับ", "นำ", "ทำ", "ใช้", "พบ", "ชาว", "คน", "พ่อ", "แม่", "ลูก", "พี่",
        "บุตร", "เพื่อน", "ยืน", "นั่ง", "เข้า", "ออก", "อยู่", "ถึง", "ทั้ง", "รวม", "ต่อ", "อีก", "ใน", "ของ", "ให้",
        "แจ้ง", "เห็น", "รู้", "ชี้", "จัด", "ช่วย", "เดิน", "ขับ", "ตอน", "กลับ", "แฝด", "ชอบ", "เปิด", "แสดง", "ตาย",
    ]

    /// Titles too common inside names and words to end a name (พระพงษ์, คุณากร).
    static let weakTitles: Set<String> = Set(BundledResources.requiredWordList(.personWeakTitles))

    /// Whether a word that ends names starts at `offset`: a stop word ending at a word
    /// boundary, a role noun, or a (not weak) title. `strongOnly` keeps only stop
    /// words of 5+ scalars and a few conjunctions (used inside family names).
    func startsStopWord(at offset: Int, strongOnly: Bool = false) -> Bool {
        // Stop words of 3+ scalars count without a word boundary after them (ICU joins ที่มา).
        if strongOnly {
            let stopEnds = lists.stops.matchEnds(in: scalars, at: offset).filter { $0 - offset >= 3 || isWordEnd($0) }
            let words = stopEnds.map { Document.string(scalars[offset..<$0]) }
            if words.contains(where: { !Self.nameFriendlyStops.contains($0) }) { return true }
        } else if lists.stops.hasMatch(in: scalars, at: offset, endingWhere: { $0 - offset >= 3 || isWordEnd($0) }) {
            return true
        }
        if let roleEnd = lists.roles.longestMatchEnd(in: scalars, at: offset), roleEnd - offset >= (strongOnly ? 5 : 2) { return true }
        guard let titleEnd = titleEnd(at: offset) else { return false }
        return !Self.weakTitles.contains(Document.string(scalars[offset..<titleEnd]))
    }

    /// The name part of the Thai run `[start, runEnd)`: cut at the first word
    /// boundary (at least 2 scalars in) where a stop word starts.
    func cutNamePart(from start: Int, runEnd: Int, strongOnly: Bool = false) -> Int {
        var i = start + 2
        while i < runEnd {
            if boundaries.contains(i), startsStopWord(at: i, strongOnly: strongOnly) { return i }
            if i >= start + 3, startsGluedWord(at: i) { return i }
            i += 1
        }
        return runEnd
    }

    /// A long stop word (5+ scalars: กล่าว, เปิดเผย) or a role noun (4+ scalars: โฆษก, อธิบดี)
    /// glued to a name where ICU put no word boundary ("แก้วกำเนิดโฆษก", "จรวยกล่าว").
    func startsGluedWord(at offset: Int) -> Bool {
        if lists.stops.hasMatch(in: scalars, at: offset, endingWhere: { $0 - offset >= 5 }) { return true }
        if let end = lists.roles.longestMatchEnd(in: scalars, at: offset), end - offset >= 4 { return true }
        if Self.gluedWords.contains(where: { scalars.matches($0, at: offset) }) { return true }
        // Undotted abbreviations (รมว) also occur inside names (ธรรมวิภัช): only at a word boundary.
        guard boundaries.contains(offset) else { return false }
        return Self.gluedAbbreviations.contains { word in
            scalars.matches(word, at: offset)
        }
    }

    /// Role abbreviations written without dots after a name ("สัตยธรรมกกต", "เสรีรังสรรค์รมต").
    static let gluedAbbreviations: [[Unicode.Scalar]] = BundledResources.requiredWordList(.personNameGluedAbbreviations).map {
        Array($0.unicodeScalars)
    }

    /// Words that end a family name even without a word boundary ("แผลกระโทกอายุ", "…กุลอดีต").
    static let gluedWords: [[Unicode.Scalar]] = BundledResources.requiredWordList(.personNameGluedStops).map { Array($0.unicodeScalars) }

    /// A name (given, optional family) starting at `start`.
    func readName(at start: Int) -> (given: ScalarRange, family: ScalarRange?)? {
        guard start < scalars.count else { return nil }
        if ScalarClass.isLatinUppercase(scalars[start]) { return readLatinName(at: start) }
        guard ScalarClass.isThaiWordScalar(scalars[start]), ScalarClass.canStartThaiWord(scalars[start]),
              !startsStopWord(at: start) else { return nil }
        let runEnd = thaiRunEnd(from: start)
        let givenEnd = cutNamePart(from: start, runEnd: runEnd)
        guard givenEnd - start >= 2 else { return nil }
        // "นายสุทธิพงษ์ฯ", "พล.อ.ประวิตรฯ": ฯ abbreviates the rest of the name; no family name follows.
        // The given name is read without ฯ (the mention's span keeps it: `abbreviationMarkEnd`).
        if scalars[givenEnd - 1] == Self.abbreviationMark {
            return givenEnd - 1 - start >= 2 ? (ScalarRange(start, givenEnd - 1), nil) : nil
        }
        let given = ScalarRange(start, givenEnd)
        guard !isNotGivenName(given) else { return nil }
        guard givenEnd == runEnd, let family = readFamilyName(after: givenEnd) else { return (given, nil) }
        return (given, family)
    }

    /// Whether the text of `range` is a word that is never a whole given or family name ("นายแพทย์|ทรงคุณวุฒิ",
    /// "เด็กหญิง |การมีส่วนร่วม", "คุณ|ลุง", "… รอง|เจ้าคณะจังหวัด").
    func isNotGivenName(_ range: ScalarRange) -> Bool {
        lists.notGivenNames.hasMatch(in: scalars, at: range.start, endingWhere: { $0 == range.end })
    }

    /// Whether a role noun, a title or a word that ends names (a verb or function word, "ส่วน|เนวิน")
    /// ends at `offset`, maybe followed by ฯ ("รองปลัด|ถาวร", "รัฐมนตรีฯ|เอกนัฏ"), or a role noun begins the
    /// run of Thai letters `offset` is in ("รัฐมนตรีท่องเที่ยว|สรวงศ์"), or that run opens a quote (“หมอ|ชลน่าน”):
    /// a given name glued after one is the person's.
    func mayPrecedeGluedName(at offset: Int) -> Bool {
        var end = offset
        if end > 0, scalars[end - 1] == Self.abbreviationMark { end -= 1 }
        for start in max(0, end - Self.longestGluedRole)..<end {
            if lists.roles.hasMatch(in: scalars, at: start, endingWhere: { $0 == end })
                || lists.titles.hasMatch(in: scalars, at: start, endingWhere: { $0 == end })
                || (end == offset && lists.stops.hasMatch(in: scalars, at: start, endingWhere: { $0 == end })) { return true }
        }
        var runStart = end
        while runStart > 0, end - runStart < Self.longestGluedRole, ScalarClass.isThaiWordScalar(scalars[runStart - 1]) { runStart -= 1 }
        guard runStart < end, runStart == 0 || !ScalarClass.isThaiWordScalar(scalars[runStart - 1]) else { return false }
        // A run that opens a quote, as headlines write a short form (“หมอ|ชลน่าน”), ends with the name.
        if runStart > 0, PersonContextRules.openingQuotes.contains(scalars[runStart - 1]) { return true }
        return lists.roles.hasMatch(in: scalars, at: runStart, endingWhere: { $0 < end })
    }

    /// Longest role noun or title looked for before a glued given name, and longest run searched back (scalars).
    static let longestGluedRole = 24

    /// The most spaces read between a given and a family name.
    static let maxNameGap = 8

    /// ไปยาลน้อย (ฯ), written after a shortened name.
    static let abbreviationMark: Unicode.Scalar = "ฯ"

    /// `end`, or one past it when ฯ follows (a name written "ประวิตรฯ" ends after the ฯ).
    func abbreviationMarkEnd(_ end: Int) -> Int {
        end < scalars.count && scalars[end] == Self.abbreviationMark ? end + 1 : end
    }

    /// A family name after the given name ending at `givenEnd`: a space (or a run of up to `maxNameGap`
    /// spaces and no-break spaces), then a Thai run
    /// that does not start with a stop word, role or title ("ณ อยุธยา" included).
    func readFamilyName(after givenEnd: Int) -> ScalarRange? {
        // One space, or a run of spaces and no-break spaces ("ประยุทธ์  จันทร์โอชา", "จักรพงษ์      แสงมณี").
        var start = givenEnd
        while start < scalars.count, start - givenEnd < Self.maxNameGap, ScalarClass.isWordSpace(scalars[start]) { start += 1 }
        guard start > givenEnd, start < scalars.count, ScalarClass.isThaiWordScalar(scalars[start]) else { return nil }
        let runEnd = thaiRunEnd(from: start)
        guard !startsStopWord(at: start) || isFamilyNameStartingWithAWord(start, runEnd: runEnd)
                || isFamilyNameBeforeRole(start, runEnd: runEnd) else { return nil }
        if runEnd - start == 1, scalars[start] == "ณ", runEnd + 1 < scalars.count, ScalarClass.isWordSpace(scalars[runEnd]) {
            let rest = thaiRunEnd(from: runEnd + 1)
            return rest > runEnd + 1 ? ScalarRange(start, rest) : nil
        }
        let end = cutNamePart(from: start, runEnd: runEnd, strongOnly: true)
        guard end - start >= 2 else { return nil }
        // A word that is never a name part is no family name when a word was cut off after it
        // ("พระครูศรีธีราภรณ์ รอง|เจ้าคณะจังหวัดเลย") or it is 4+ scalars ("หลวงปู่บุญทัน จำนวน 9 รูป");
        // a short one alone may be a transcribed syllable ("ลี เซียน ลุง").
        if end < runEnd || end - start >= 4, isNotGivenName(ScalarRange(start, end)) { return nil }
        // "กำภู ณ อยุธยา": a family name may end with ณ + place.
        if end == runEnd, end + 3 < scalars.count, scalars[end] == " ", scalars[end + 1] == "ณ", scalars[end + 2] == " ",
           ScalarClass.isThaiWordScalar(scalars[end + 3]) {
            return ScalarRange(start, cutNamePart(from: end + 3, runEnd: thaiRunEnd(from: end + 3), strongOnly: true))
        }
        // "บัน คี มุน", "ลี เซียน ลุง": short transcribed names have a third short part.
        if end == runEnd, end - start <= 4, end + 2 < scalars.count, scalars[end] == " ",
           ScalarClass.isThaiWordScalar(scalars[end + 1]), !startsStopWord(at: end + 1) {
            let third = thaiRunEnd(from: end + 1)
            if third - (end + 1) <= 4, third - (end + 1) >= 2 { return ScalarRange(start, third) }
        }
        return ScalarRange(start, end)
    }

    /// "มีขันทอง", "พร้อมเทพ", "แจ้งสว่าง": a short run that ends at a space or punctuation,
    /// starts with a stop word that also begins family names, and goes on with no other stop word.
    func isFamilyNameStartingWithAWord(_ start: Int, runEnd: Int) -> Bool {
        guard runEnd - start <= 10, runEnd == scalars.count || !ScalarClass.isThaiWordScalar(scalars[runEnd]) else { return false }
        let ends = lists.stops.matchEnds(in: scalars, at: start)
        guard let first = ends.last(where: { Self.familyStartingStops.contains(Document.string(scalars[start..<$0])) }),
              runEnd - first >= 2 else { return false }
        return !startsStopWord(at: first)
    }

    /// "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการ…", "(นายสุริยะ จึงรุ่งเรืองกิจ)": a longer run that starts
    /// with a stop word (จึง "then") is a family name when the rest of the run (4+ scalars) has no
    /// word that ends names and the run is followed by a role noun (after one space) or by ")".
    /// A clause ("จึงเดินทางไป", "จึงได้กล่าว") has a verb or function word after the conjunction.
    func isFamilyNameBeforeRole(_ start: Int, runEnd: Int) -> Bool {
        guard runEnd - start <= Self.maxFamilyNameBeforeRole, runEnd < scalars.count,
              let first = lists.stops.matchEnds(in: scalars, at: start).max(), runEnd - first >= 4,
              !startsStopWord(at: first), cutNamePart(from: first, runEnd: runEnd) == runEnd else { return false }
        if scalars[runEnd] == ")" { return true }
        guard ScalarClass.isWordSpace(scalars[runEnd]), runEnd + 1 < scalars.count,
              let roleEnd = lists.roles.longestMatchEnd(in: scalars, at: runEnd + 1) else { return false }
        return roleEnd - (runEnd + 1) >= 4
    }

    /// Longest run read by `isFamilyNameBeforeRole` (scalars).
    static let maxFamilyNameBeforeRole = 16

    /// Stop words that also begin family names (มีขันทอง, พร้อมเทพ).
    static let familyStartingStops: Set<String> = nameFriendlyStops.union(["พร้อม", "ร่วม", "แจ้ง", "มี", "กำลัง"])

    /// Latin words starting with a capital, one space apart, at most four ("Kamla Khalidi").
    func readLatinName(at start: Int) -> (given: ScalarRange, family: ScalarRange?)? {
        var words: [ScalarRange] = []
        var i = start
        while i < scalars.count, ScalarClass.isLatinUppercase(scalars[i]), words.count < 4 {
            var end = i
            while end < scalars.count, ScalarClass.isLatinLetter(scalars[end]) || scalars[end] == "-" || scalars[end] == "'" {
                end += 1
            }
            if end < scalars.count, scalars[end] == ".", end - i <= 2 { end += 1 }
            words.append(ScalarRange(i, end))
            guard end + 1 < scalars.count, scalars[end] == " " else { break }
            i = end + 1
        }
        guard let first = words.first, first.count >= 2 else { return nil }
        let family = words.count > 1 ? ScalarRange(words[1].start, words.last!.end) : nil
        return (first, family)
    }
}
