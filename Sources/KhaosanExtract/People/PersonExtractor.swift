import KhaosanCore
import KhaosanText

/// Finds PERSON mentions: a title chain followed by a name ("รองศาสตราจารย์ ดร.สุภกร พงศบางโพธิ์",
/// "นาง Kamla Khalidi"), names known to the lexicon, and later mentions of a
/// titled person's given name in the same document.
///
/// Span convention (ThaiNER): titles are inside the span, role nouns are not
/// (they go to `PersonNameParts.role`). Mentions carry normalised offsets (`AnalyzedDocument`);
/// in the source a BOM or zero-width space right after a name stays inside it.
public struct PersonExtractor: MentionExtractor {
    public let name = "people"
    public let includesInvisibleTail = true
    public let labels: Set<MentionLabel> = [.person]
    private let lists: PersonWordLists
    private let known: ScalarTrie
    private let titleStarts: ScalarPrefilter
    private let knownStarts: ScalarPrefilter
    private let royals: PersonRoyalNames
    /// `PersonContextRules.openingQuotes` as a table (a Set lookup per scalar hashed ~2.6% of extract).
    private let quoteStarts = ScalarPrefilter(tries: [ScalarTrie(words: PersonContextRules.openingQuotes.map { String($0) })])

    /// - Parameter lexicon: its PERSON entries (names and aliases) are matched as known names.
    public init(lexicon: Lexicon) {
        lists = .bundled
        known = ScalarTrie(words: lexicon.entries(labeled: .person).flatMap(\.allNames))
        titleStarts = ScalarPrefilter(tries: [lists.titles])
        knownStarts = ScalarPrefilter(tries: [known])
        royals = .bundled(lexicon: lexicon)
    }

    public func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        let scalars = document.document.textScalars
        let reader = PersonNameReader(scalars: scalars,
                                      boundaries: TokenBoundaries(tokens: document.tokens, length: scalars.count),
                                      lists: lists)
        let roleFinder = PersonRoleFinder(scalars: scalars, roles: lists.roles)
        var found: [(range: ScalarRange, parts: PersonNameParts, source: String, confidence: Double, value: String?)] = []
        let taken = SpanOverlapIndex(earlier.map(\.range))
        let foundRanges = SpanOverlapIndex()  // the ranges of `found`
        func isFree(_ range: ScalarRange) -> Bool {
            !taken.overlapsAny(range) && !foundRanges.overlapsAny(range)
        }
        func add(_ range: ScalarRange, _ parts: PersonNameParts, _ source: String, _ confidence: Double,
                 value: String? = nil) {
            found.append((range, parts, source, confidence, value))
            foundRanges.insert(range)
        }
        func text(_ range: ScalarRange) -> String { Document.string(scalars[range.start..<range.end]) }

        // 0. Royal names: the whole run of royal titles and names, valued with the royal's canonical name
        // (a run inside an organisation's name is skipped whole).
        var i = 0
        while i < scalars.count {
            guard royals.firstScalars.mayStart(with: scalars[i]), reader.isWordStart(i),
                  let royal = royals.match(in: scalars, at: i, isWordEnd: reader.isWordEnd) else { i += 1; continue }
            if let canonical = royal.canonical, isFree(royal.range) {
                // No given/family split: the name as written is one whole.
                add(royal.range, PersonNameParts(given: text(royal.range)), "person.royal", 0.9, value: canonical)
            }
            i = royal.range.end
        }

        // 1. Title chain + name.
        i = 0
        while i < scalars.count {
            guard titleStarts.mayStart(with: scalars[i]), reader.isWordStart(i) || reader.isAbbreviationStart(i),
                  !reader.isAcronymTail(i), !reader.titleBeginsPlaceName(at: i),
                  let chain = reader.titleChain(at: i) else { i += 1; continue }
            var nameStart = chain.end
            if nameStart < scalars.count, ScalarClass.isWordSpace(scalars[nameStart]) { nameStart += 1 }
            guard let name = reader.readName(at: nameStart) else { i = chain.end; continue }
            // A word that only begins with a title ("ในทางเภสัชกรรม"): no person.
            if let last = chain.titles.last, name.given.start == last.end, scalars[last.end - 1] != ".",
               reader.isOneWord(titleStart: last.start, nameEnd: name.given.end) {
                i = chain.end
                continue
            }
            if chain.titles.count == 1, Self.nicknameTitles.contains(text(chain.titles[0])),
               !isNickname(after: chain.end, name: name, scalars: scalars, start: i) {
                i = chain.end
                continue
            }
            let end = name.family?.end ?? reader.abbreviationMarkEnd(name.given.end)
            let range = ScalarRange(i, end)
            if isFree(range) {
                var titles = chain.titles
                var given = name.given
                // "พระพรหม|บัณฑิต": an ecclesiastical rank glued to the name is the monk's name.
                if let last = titles.last, last.end == given.start, lists.clergyRankTitles.contains(text(last)) {
                    titles.removeLast()
                    given = ScalarRange(last.start, given.end)
                }
                let parts = PersonNameParts(titles: titles.map(text), given: text(given), family: name.family.map(text))
                add(range, parts, "person.title", 0.9)
            }
            i = end
        }

        // 2. Names the lexicon knows.
        i = 0
        while i < scalars.count {
            guard knownStarts.mayStart(in: scalars, at: i), reader.isWordStart(i) else { i += 1; continue }
            // The longest match that ends a name (the last accepted, shortest first; no array per start).
            var matchEnd = -1
            known.forEachMatchEnd(in: scalars, at: i) { end in
                if reader.isNameEnd(end) { matchEnd = end }
                return true
            }
            guard matchEnd >= 0 else { i += 1; continue }
            let range = ScalarRange(i, withRoyalSuffix(matchEnd, scalars))
            if isFree(range) {
                let parts = splitKnown(text(ScalarRange(i, matchEnd)))
                add(range, parts, "person.lexicon", 0.8)
                i = range.end
            } else {
                i += 1
            }
        }

        // 3. Untitled "given family" names in quotes.
        let context = PersonContextRules(reader: reader, organisationHeads: lists.organisationHeads)
        for j in scalars.indices where quoteStarts.mayStart(with: scalars[j]) {
            guard let name = context.quotedName(at: j) else { continue }
            let range = ScalarRange(name.given.start, name.family.end)
            if isFree(range) {
                add(range, PersonNameParts(given: text(name.given), family: text(name.family)), "person.context", 0.6)
            }
        }

        // 4. Later mentions by given name (with the family name when it follows). A person whose
        // title, given and family name equal an earlier one's would find only what that one found.
        var seen = Set<PersonNameParts>()
        let titled = found.filter { ($0.source == "person.title" || $0.source == "person.context") && seen.insert($0.parts).inserted }
        let givenNames = titled.compactMap(\.parts.given).filter { $0.unicodeScalars.count >= 3 }
        let keys = Array(Set(givenNames)).sorted()
        let keyIndex = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        // Where each given name starts a word: one pass over the text for all of them.
        let occurrences = WordOccurrences(words: keys.map { Array($0.unicodeScalars) }, in: scalars,
                                          isWordStart: reader.isWordStart)
        // Per given name, its occurrences that may end a name, with the family name read after
        // each and how far a mention there can reach. An occurrence whose bare given name is no
        // longer free can give no mention to any later person; once no other occurrence lies
        // within its reach (so skipping it cannot change which ones a person visits) it is dropped:
        // persons sharing a given name do not all walk every occurrence again.
        // A given name written with ฯ ("ประวิตรฯ") is a whole shortened name: no family name after it.
        var alive: [[(at: Int, family: ScalarRange?, abbreviated: Bool, isolated: Bool)]] = keys.indices.map { k in
            let keyCount = keys[k].unicodeScalars.count
            let starts = occurrences.starts[k].map(Int.init).filter { at in
                reader.isNameEnd(at + keyCount) || reader.abbreviationMarkEnd(at + keyCount) > at + keyCount
            }
            return starts.indices.map { i in
                let at = starts[i]
                let abbreviated = reader.abbreviationMarkEnd(at + keyCount) > at + keyCount
                let family = abbreviated ? nil : reader.readFamilyName(after: at + keyCount)
                let reach = max(at + keyCount + (abbreviated ? 1 : 0), family?.end ?? 0)
                return (at, family, abbreviated, i + 1 == starts.count || starts[i + 1] >= reach)
            }
        }
        var visited = 0
        for person in titled {
            guard let given = person.parts.given, let k = keyIndex[given] else { continue }
            let keyCount = given.unicodeScalars.count
            var j = 0  // offsets before j are inside the previous mention
            var kept = alive[k]
            kept.removeAll(keepingCapacity: true)
            visited += alive[k].count
            for occurrence in alive[k] {
                let at = occurrence.at
                if occurrence.isolated, !isFree(ScalarRange(at, at + keyCount)) { continue }
                kept.append(occurrence)
                guard at >= j else { continue }
                var start = at
                for title in person.parts.titles {
                    let t = Array(title.unicodeScalars)
                    if scalars.matches(t, endingAt: at) { start = at - t.count; break }
                }
                // "ประวิตรฯ": the given name with ฯ, never followed by the family name.
                var end = occurrence.abbreviated ? at + keyCount + 1 : at + keyCount
                var family: String?
                if let familyName = person.parts.family, let range = occurrence.family, text(range) == familyName {
                    end = range.end
                    family = familyName
                }
                // "ในการประชุม", "ตั้งแต่วันที่": a given name glued to Thai letters on both sides,
                // without its title, is inside another word ("ส่วนเนวิน ยัง…" stays a mention).
                if start == at, at > 0, end < scalars.count, ScalarClass.isThaiWordScalar(scalars[at - 1]),
                   ScalarClass.isThaiWordScalar(scalars[end]) { continue }
                // "วันมหา|มงคล", "ทางการ|แพทย์", "ข้าง|ต้น": a given name glued after a Thai letter, without its
                // title, is the end of another word unless a role noun, title or function word ends there
                // ("รองปลัด|ถาวร", "ส่วน|เนวิน"), or it is written shortened with ฯ ("ผู้ตรวจ|วีระกิตติ์ฯ").
                if start == at, at > 0, !occurrence.abbreviated, ScalarClass.isThaiWordScalar(scalars[at - 1]),
                   !reader.mayPrecedeGluedName(at: at) { continue }
                // "ภายใน 45 วัน": after a number the word is a unit, not the name.
                if start == at, reader.scalar(before: at)?.properties.numericType == .decimal { continue }
                let range = ScalarRange(start, end)
                if isFree(range) {
                    let titles = start < at ? [text(ScalarRange(start, at))] : []
                    add(range, PersonNameParts(titles: titles, given: given, family: family), "person.given-name", 0.75)
                }
                j = range.end
            }
            alive[k] = kept
        }
        ExtractionWork.current?.add(visited)

        let personStarts = Set(found.map(\.range.start))
        return found.sorted { $0.range < $1.range }.map { item in
            var parts = item.parts
            var attributes: [MentionAttribute: String] = [:]
            if let role = roleFinder.role(around: ScalarRange(item.range.start, item.range.end), personStarts: personStarts) {
                parts.role = role.noun
                attributes[MentionAttribute.roleText] = role.phrase
            }
            var mention = document.mention(textRange: item.range, label: .person,
                                                               source: item.source, confidence: item.confidence)
            mention.person = parts
            mention.value = item.value
            mention.attributes = attributes
            return mention
        }
    }

    /// Titles that also are ordinary words (น้อง "younger sibling"): accepted only
    /// before a whole unspaced nickname, and (but for น้อง) not after a Thai letter.
    static let nicknameTitles: Set<String> = ["น้อง", "คุณ", "ท่าน"]
    /// Of those, the ones also accepted right after a word ("ศพน้องโด่ง").
    static let nicknameAfterWordTitles: Set<String> = ["น้อง"]

    private func isNickname(after titleEnd: Int, name: (given: ScalarRange, family: ScalarRange?), scalars: [Unicode.Scalar],
                            start: Int) -> Bool {
        guard name.given.start == titleEnd, name.family == nil, name.given.count <= 10 else { return false }
        let title = Document.string(scalars[start..<titleEnd])
        if start > 0, ScalarClass.isThaiWordScalar(scalars[start - 1]), !Self.nicknameAfterWordTitles.contains(title) { return false }
        return name.given.end >= scalars.count || !ScalarClass.isThaiWordScalar(scalars[name.given.end])
    }

    /// Reign numbers and epithets ThaiNER keeps in a royal name's span: "ในหลวง ร.10",
    /// "สมเด็จพระเจ้าอยู่หัว รัชกาลที่ 10", "… ในรัชกาลที่ 9", "… บรมนาถบพิตร".
    private func withRoyalSuffix(_ end: Int, _ scalars: [Unicode.Scalar]) -> Int {
        for suffix in Self.royalSuffixes {
            let s = Array(suffix.unicodeScalars)
            var at = end
            if at < scalars.count, scalars[at] == " " { at += 1 }
            guard scalars.matches(s, at: at) else { continue }
            var stop = at + s.count
            if suffix == "บรมนาถบพิตร" { return stop }
            if stop < scalars.count, scalars[stop] == " " { stop += 1 }
            var digits = stop
            while digits < scalars.count, scalars[digits].properties.numericType != nil { digits += 1 }
            if digits > stop { return digits }
        }
        return end
    }

    static let royalSuffixes = BundledResources.requiredWordList(.personRoyalSuffixes)

    /// Given and family name of a known name written "given family".
    private func splitKnown(_ name: String) -> PersonNameParts {
        let words = name.split(separator: " ", maxSplits: 1).map(String.init)
        return PersonNameParts(given: words.first, family: words.count > 1 ? words[1] : nil)
    }
}
