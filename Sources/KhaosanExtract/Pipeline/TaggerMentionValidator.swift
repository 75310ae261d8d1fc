import KhaosanCore
import KhaosanText

/// Drops or trims ORG, PLACE and PERSON mentions of the tagger (`source == RuleTaggerCombination.taggerSource`) that
/// cannot be names. The rule extractors never make such spans; their mentions pass untouched.
/// In order, on the span's text (offsets in Unicode scalars of the source text):
/// 1. cut before a verb of motion or reporting inside the span (`span-check-verbs.txt`,
///    "กระทรวงแรงงาน|มายังกรุงริยาด"); a span that starts with one is dropped;
/// 2. cut a trailing function word (`span-check-end-words.txt`, "สมเด็จพระราชาธิบดี|แห่ง"),
///    repeatedly, with trailing spaces;
/// 3. drop an ORG that starts with a person title followed by a space or after a full stop
///    (`person-titles.txt`, `span-check-extra-titles.txt`: "มร. เจมส์");
/// 4. drop a span that is only a generic head word (place, facility and organisation heads:
///    "ห้องประชุม", "รีสอร์ท"), unless the head is a name of its own ("กองทัพ", "รัฐสภา":
///    `span-check-head-names.txt`);
/// 5. (with the document's text) drop a PERSON glued right after a facility or foundation head
///    (`gluedHeads`): "โรงพยาบาล|สมเด็จพระนางเจ้าสิริกิติ์", "สวน|สมเด็จพระนางเจ้าสิริกิติ์" name a
///    hospital and a park, not the person they honour;
/// 6. (with the document's text) start a PERSON at the beginning of its word run when the tagger
///    began it 1–2 Thai letters in, after a space or ฯ ("นายกฯ แพ|ทองธาร": the name is แพทองธาร),
///    unless those letters are a title; a title glued before the span at the start of a word joins
///    it ("นาย|มาริษ เสงี่ยมพงษ์" → "นายมาริษ เสงี่ยมพงษ์");
/// 7. start an ORG written "Thailand and (the) European Union" after "and (the)": a country and a
///    body joined by "and" are two names (`leadingCountries`: one-word English country names);
/// 8. cut a floor and its number off the end of a PLACE ("อาคารกระทรวงแรงงาน|ชั้น 3") and drop a PLACE
///    that is a generic head or a numbered word and a number only ("ชั้น 2", "ห้องประชุม 301":
///    `span-check-numbered-words.txt`), and a PLACE that is only a common noun ("สถานที่", "ลุ่มน้ำ":
///    `span-check-generic-places.txt`);
/// 9. cut a closing parenthesis the span does not open, with a list number before it
///    ("ถ.ท่าโพธิ์)", "วัดราชนัดดาราม 10)": the tagger ran over the bracket), and drop what is left
///    when it is only the legal-form note of a name in brackets ("(องค์การมหาชน)");
/// 10. cut an English ORG before "and the" + a capitalised word or "and Ministry/Office/Department":
///    two bodies joined ("Ministry of Public Health … and the National Health Commission");
/// 11. (with the document's text) run an office's ORG over the province glued after it
///    ("สำนักงาน…ของมนุษย์|จังหวัดพิจิตร" is one ORG; `joiningProvinces`);
/// 12. (with the document's text) run a PLACE ending with พระราม over the number after it
///    ("สะพานพระราม| 8"; `withRamaNumber`);
/// 13. (with the document's text) drop a PLACE right after a word that begins a treaty's name, as the place
///    rules do ("ความตกลง|ปารีส" is the Paris Agreement; `place-false-contexts.txt`, `name:` lines).
/// 14. (with the document's text) run a PERSON of one word (maybe after a title) over the family name after
///    the space(s) when a role noun follows it ("คุณอาชวันต์|  กงกะนันท์ รองผู้อำนวยการ"; `withFamilyName`).
/// 15. start a PLACE after a word of location that begins it ("บริเวณ|ข่วงประตูท่าแพ": `span-check-place-leads.txt`);
///    the rest must pass rule 8 ("บริเวณ|โถงกลาง" is dropped).
/// 16. drop a PERSON that contains royal vocabulary naming nobody ("พระราชานุญาต", "พระบรมราชานุญาต") or is
///    only a royal title ("สมเด็จพระ"): `span-check-royal-nouns.txt`.
/// 17. (with the document's mentions) drop an ORG that is the given name of a person a rule found in the
///    document ("“เอกนัฏ”" beside "นายเอกนัฏ พร้อมพันธุ์"; `withoutPersonGivenNames`).
public struct TaggerMentionValidator: Sendable {
    let heads: Set<[Unicode.Scalar]>
    let titles: [[Unicode.Scalar]]
    let endWords: [[Unicode.Scalar]]
    let wholeWords: [[Unicode.Scalar]]
    let verbs: [[Unicode.Scalar]]
    /// The first scalars of `verbs`: most offsets of a span start none of them (a table, not a
    /// `Set`: hashing every scalar of every tagger span cost more than the verb test).
    private let verbStarts: ScalarPrefilter
    /// Heads of facility and foundation names that a person's name may complete (rule 5).
    let gluedHeads: [[Unicode.Scalar]]
    /// One-word English country names (rule 7).
    let leadingCountries: Set<String>
    /// Words that with a number only name no place (rule 8).
    let numberedWords: Set<[Unicode.Scalar]>
    /// Words cut with the number after them off the end of a PLACE (rule 8).
    let trailingNumberedWords: [[Unicode.Scalar]]
    /// Common nouns that alone name no place (rule 8; `span-check-generic-places.txt`).
    let genericPlaces: Set<[Unicode.Scalar]>
    /// Words that begin a treaty's name, right after which no place starts (rule 13; the `name:` lines of
    /// `place-false-contexts.txt`; its `after:` lines, ภาษา|ไทย, สัญชาติ|กัมพูชา, are for the rules only: a tagger
    /// country after ภาษา or เชื้อสาย is `CountryNationalityValidator`'s).
    let placeFalseContexts: [[Unicode.Scalar]]
    /// Words of location that begin a PLACE outside its name (rule 15; `span-check-place-leads.txt`).
    let placeLeads: [[Unicode.Scalar]]
    /// Royal words no PERSON contains, and whole spans no PERSON is (rule 16; `span-check-royal-nouns.txt`).
    let royalNouns: [[Unicode.Scalar]]
    let royalTitlesAlone: Set<[Unicode.Scalar]>

    /// `endWords` lines starting with "!" are whole words that end with a function word
    /// and may end a name (e.g. "!หน้าที่").
    public init(heads: [String], titles: [String], endWords: [String], verbs: [String], gluedHeads: [String] = [],
                leadingCountries: [String] = [], numberedWords: [String] = [], genericPlaces: [String] = [],
                placeFalseContexts: [String] = [], placeLeads: [String] = [], royalNouns: [String] = []) {
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
            words.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
        }
        self.heads = Set(heads.map { Array($0.unicodeScalars) })
        self.titles = scalars(titles)
        self.endWords = scalars(endWords.filter { !$0.hasPrefix("!") })
        self.wholeWords = scalars(endWords.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) })
        self.verbs = scalars(verbs)
        verbStarts = ScalarPrefilter(tries: [ScalarTrie(words: self.verbs.map { String(String.UnicodeScalarView($0)) })])
        self.gluedHeads = scalars(gluedHeads)
        self.leadingCountries = Set(leadingCountries)
        self.numberedWords = Set(scalars(numberedWords.filter { !$0.hasPrefix("~") }))
        self.trailingNumberedWords = scalars(numberedWords.filter { $0.hasPrefix("~") }.map { String($0.dropFirst()) })
            .sorted { $0.count > $1.count }
        self.genericPlaces = Set(scalars(genericPlaces))
        self.placeFalseContexts = scalars(placeFalseContexts)
        self.placeLeads = scalars(placeLeads)
        self.royalNouns = scalars(royalNouns.filter { !$0.hasPrefix("=") })
        self.royalTitlesAlone = Set(scalars(royalNouns.filter { $0.hasPrefix("=") }.map { String($0.dropFirst()) }))
    }

    /// The bundled word lists.
    public static let bundled: TaggerMentionValidator = {
        let list = BundledResources.requiredWordList
        let headLists: [BundledList] = [.placeHeadsAdmin, .placeHeadsFacility, .placeHeadsNamed, .placeOrgHeads,
                                        .orgHeads, .taggerOrgHeads, .taggerPlaceHeads]
        let names = Set(list(.spanCheckHeadNames))
        return TaggerMentionValidator(heads: headLists.flatMap(list).filter { !names.contains($0) },
                                      titles: list(.personTitles) + list(.spanCheckExtraTitles),
                                      endWords: list(.spanCheckEndWords), verbs: list(.spanCheckVerbs),
                                      gluedHeads: list(.placeHeadsFacility) + PersonRoyalNames.extraHeads + extraGluedHeads,
                                      leadingCountries: englishCountryWords(),
                                      numberedWords: list(.spanCheckNumberedWords),
                                      genericPlaces: list(.spanCheckGenericPlaces),
                                      placeFalseContexts: list(.placeFalseContexts).filter { $0.hasPrefix("name:") }
                                          .map { String($0.dropFirst(5)) },
                                      placeLeads: list(.spanCheckPlaceLeads),
                                      royalNouns: list(.spanCheckRoyalNouns))
    }()

    /// The one-word Latin names and aliases of the bundled country list ("Thailand", "Japan";
    /// `PlaceWordLists.countries`).
    static func englishCountryWords() -> [String] {
        PlaceWordLists.countries.entries.flatMap(\.allNames)
            .filter { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ScalarClass.isLatinLetter($0) } }
    }

    /// Heads of bodies often named after a person (rule 5), besides the facility heads.
    static let extraGluedHeads = ["มูลนิธิ", "สถาบัน", "ค่าย"]

    /// `mention` as it may stay (possibly shorter; a PLACE may start later, rule 15), or nil when it must go.
    public func validated(_ mention: Mention) -> Mention? {
        guard mention.source == RuleTaggerCombination.taggerSource, [.organization, .place, .person].contains(mention.label) else { return mention }
        // (A plain loop: `Array(_:)` over the scalar view went through the unspecialised iterator.)
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(mention.text.utf8.count)
        for scalar in mention.text.unicodeScalars { text.append(scalar) }
        let leadCut = mention.label == .place ? placeLeadLength(text) : 0
        if leadCut > 0 { text.removeFirst(leadCut) }
        func verbBegins(at start: Int) -> Bool {
            verbStarts.mayStart(with: text[start]) && verbs.contains { text.matches($0, at: start) }
        }
        if let cut = (1..<max(text.count, 1)).first(where: verbBegins(at:)) {
            text.removeSubrange(cut...)
        } else if !text.isEmpty, verbBegins(at: 0) {
            return nil
        }
        text = Self.withoutUnopenedParenthesis(text)
        // A text equal to a form (String equality: canonical equivalence) has the form's length and
        // first scalar: Thai scalars decompose no further and a first starter never moves. Others need no String.
        if Self.legalFormShapes.contains(where: { $0.count == text.count && $0.first == text.first }),
           Self.bracketedLegalForms.contains(String(String.UnicodeScalarView(text))) {
            return nil
        }
        if mention.label == .organization { text = Self.beforeSecondEnglishName(text) }
        // `word` ends the span and leaves something before it (a span that is only the word is not cut).
        func endsWith(_ word: [Unicode.Scalar]) -> Bool { text.count > word.count && text.matches(word, endingAt: text.count) }
        while true {
            while let last = text.last, last.properties.isWhitespace { text.removeLast() }
            guard !wholeWords.contains(where: endsWith), let word = endWords.first(where: endsWith) else { break }
            text.removeLast(word.count)
        }
        guard !text.isEmpty else { return nil }
        if mention.label == .organization, titles.contains(where: { startsWithTitle(text, $0) }) { return nil }
        if heads.contains(text) { return nil }
        if mention.label == .person, royalTitlesAlone.contains(text) || royalNouns.contains(where: { text.contains($0) }) { return nil }
        if mention.label == .place {
            text = withoutTrailingFloor(text)
            if let bare = Self.withoutTrailingNumber(text), bare.isEmpty || heads.contains(bare) || numberedWords.contains(bare) { return nil }
            if text.isEmpty || heads.contains(text) || numberedWords.contains(text) || genericPlaces.contains(text) { return nil }
        }
        guard leadCut > 0 || text.count < mention.range.count else { return mention }
        var trimmed = mention
        trimmed.range = ScalarRange(mention.range.start + leadCut, mention.range.start + leadCut + text.count)
        trimmed.text = String(String.UnicodeScalarView(text))
        return trimmed
    }

    /// Scalars of a word of location (rule 15) and the spaces after it at the start of `text`, when a
    /// Thai or Latin letter follows them; 0 otherwise.
    func placeLeadLength(_ text: [Unicode.Scalar]) -> Int {
        guard let lead = placeLeads.first(where: { text.count > $0.count && text.matches($0, at: 0) }) else { return 0 }
        var end = lead.count
        while end < text.count, text[end].properties.isWhitespace { end += 1 }
        guard end < text.count, text[end].properties.isAlphabetic else { return 0 }
        return end
    }

    /// Legal-form notes written in brackets after a name ("หอภาพยนตร์ (องค์การมหาชน)"), names of nothing alone (rule 9).
    static let bracketedLegalForms: Set<String> = ["องค์การมหาชน", "องค์กรมหาชน", "มหาชน"]
    /// The scalar count and first scalar of each form of `bracketedLegalForms`.
    static let legalFormShapes = bracketedLegalForms.map { (count: $0.unicodeScalars.count, first: $0.unicodeScalars.first) }

    /// `text` without a closing parenthesis it does not open and the spaces before it, and without
    /// a list number written before that parenthesis ("วัดราชนัดดาราม 10)" → "วัดราชนัดดาราม"; rule 9).
    static func withoutUnopenedParenthesis(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let close = text.lastIndex(of: ")"), close == text.count - 1, !text.contains("(") else { return text }
        var end = close
        while end > 0, text[end - 1].properties.numericType == .decimal { end -= 1 }
        // Digits count as a list number only after a space ("ซอย 10)" keeps nothing else to tell).
        if end == close || end == 0 || !text[end - 1].properties.isWhitespace { end = close }
        while end > 0, text[end - 1].properties.isWhitespace { end -= 1 }
        return Array(text[..<end])
    }

    /// Words after " and " that begin a second English organisation name (rule 10).
    static let englishSecondNameHeads = ["Ministry ", "Office ", "Department "]

    /// `text` cut before " and the X…" (X capitalised) or " and Ministry|Office|Department …" (rule 10).
    static func beforeSecondEnglishName(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let and = Array(" and ".unicodeScalars), the = Array("the ".unicodeScalars)
        var i = 1
        while i + and.count < text.count {
            // One word before "and" is rule 7's country ("Thailand and the European Union").
            if text.matches(and, at: i), ScalarClass.isLatinLetter(text[i - 1]), text[..<i].contains(" ") {
                let next = i + and.count
                let afterThe = next + the.count
                if (text.matches(the, at: next) && afterThe < text.count && ScalarClass.isLatinUppercase(text[afterThe]))
                    || englishSecondNameHeads.contains(where: { text.matches(Array($0.unicodeScalars), at: next) }) {
                    return Array(text[..<i])
                }
            }
            i += 1
        }
        return text
    }

    /// `text` without its trailing number ("/" and digits) and the spaces before it; nil when it
    /// does not end with a digit.
    static func withoutTrailingNumber(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var end = text.count
        while end > 0, text[end - 1].properties.numericType == .decimal || text[end - 1] == "/" { end -= 1 }
        guard end < text.count, text[end..<text.count].contains(where: { $0.properties.numericType == .decimal }) else { return nil }
        while end > 0, text[end - 1].properties.isWhitespace { end -= 1 }
        return Array(text[..<end])
    }

    /// `text` without a trailing floor ("ชั้น 3") and the spaces before it, when something stays.
    func withoutTrailingFloor(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let bare = Self.withoutTrailingNumber(text),
              let word = trailingNumberedWords.first(where: { bare.count > $0.count && bare.matches($0, endingAt: bare.count) })
        else { return text }
        var end = bare.count - word.count
        while end > 0, bare[end - 1].properties.isWhitespace { end -= 1 }
        return end > 0 ? Array(bare[..<end]) : text
    }

    /// `mentions`, validated, in order.
    public func filter(_ mentions: [Mention]) -> [Mention] {
        mentions.compactMap(validated)
    }

    /// `mentions`, validated, in order, without tagger PERSON spans glued to a facility head
    /// in `text` (the source scalars their ranges index).
    public func filter(_ mentions: [Mention], text: [Unicode.Scalar]) -> [Mention] {
        // The per-mention rules in one pass (one array, not one per rule).
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count)
        for mention in mentions {
            guard let valid = validated(mention), !isGluedToHead(valid, text: text) else { continue }
            kept.append(withRamaNumber(withoutLeadingCountry(startingAtItsWord(valid, text: text)), text: text))
        }
        return withoutPersonGivenNames(withFamilyNames(joiningProvinces(kept, text: text)
            .filter { !followsPlaceFalseContext($0, text: text) }, text: text))
    }

    /// Whether `mention` is a tagger PLACE glued right after a word of `placeFalseContexts` (rule 13).
    func followsPlaceFalseContext(_ mention: Mention, text: [Unicode.Scalar]) -> Bool {
        mention.source == RuleTaggerCombination.taggerSource && mention.label == .place && mention.range.start <= text.count
            && placeFalseContexts.contains { text.matches($0, endingAt: mention.range.start) }
    }

    /// `mention` without "Country and (the) " before the name when it is a tagger ORG (rule 7).
    func withoutLeadingCountry(_ mention: Mention) -> Mention {
        guard mention.source == RuleTaggerCombination.taggerSource, mention.label == .organization,
              let space = mention.text.firstIndex(of: " "), leadingCountries.contains(String(mention.text[..<space]))
        else { return mention }
        var rest = mention.text[mention.text.index(after: space)...]
        guard rest.hasPrefix("and ") else { return mention }
        rest = rest.dropFirst(4)
        if rest.hasPrefix("the ") { rest = rest.dropFirst(4) }
        guard let first = rest.unicodeScalars.first, ScalarClass.isLatinUppercase(first) else { return mention }
        var cut = mention
        cut.range = ScalarRange(mention.range.end - rest.unicodeScalars.count, mention.range.end)
        cut.text = String(rest)
        return cut
    }

    /// Most Thai letters a tagger PERSON may have left out at the start of its word (rule 6).
    static let maxMissedLetters = 2

    /// `mention` begun at the start of its space-delimited Thai word when it is a tagger PERSON that
    /// starts 1–`maxMissedLetters` Thai letters into the word and those letters are not a title.
    func startingAtItsWord(_ mention: Mention, text: [Unicode.Scalar]) -> Mention {
        guard mention.source == RuleTaggerCombination.taggerSource, mention.label == .person, mention.range.start <= text.count else { return mention }
        if let title = titleGlued(before: mention.range.start, text: text) {
            var extended = mention
            extended.range = ScalarRange(mention.range.start - title.count, mention.range.end)
            extended.text = String(String.UnicodeScalarView(title)) + mention.text
            return extended
        }
        var start = mention.range.start
        while start > 0, mention.range.start - start < Self.maxMissedLetters + 1, ScalarClass.isThaiWordScalar(text[start - 1]),
              text[start - 1] != "ฯ" {
            start -= 1
        }
        // The word begins after a space, a line break or ฯ ("นายกฯแพทองธาร").
        guard start < mention.range.start, mention.range.start - start <= Self.maxMissedLetters,
              start == 0 || ScalarClass.isWordSpace(text[start - 1]) || text[start - 1] == "\n" || text[start - 1] == "ฯ",
              ScalarClass.canStartThaiWord(text[start]) else { return mention }
        let missed = Array(text[start..<mention.range.start])
        if titles.contains(where: { $0 == missed || ($0.last == "." && Array($0.dropLast()) == missed) }) { return mention }
        var extended = mention
        extended.range = ScalarRange(start, mention.range.end)
        extended.text = String(String.UnicodeScalarView(missed)) + mention.text
        return extended
    }

    /// The longest title written right before `offset`, glued to the name, that begins a word (after
    /// a space, a line break, a quote or a bracket): "นาย|มาริษ เสงี่ยมพงษ์" → "นาย". A PERSON span
    /// includes its titles (rule 6).
    func titleGlued(before offset: Int, text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard offset > 0, offset < text.count, ScalarClass.isThaiWordScalar(text[offset]) else { return nil }
        return titles.filter { title in
            guard title.count < offset, text.matches(title, endingAt: offset) else { return false }
            let before = text[offset - title.count - 1]
            return ScalarClass.isWordSpace(before) || before == "\n" || "\"“‘(".unicodeScalars.contains(before)
        }.max { $0.count < $1.count }
    }

    /// Whether `mention` is a tagger PERSON that starts right after a head of `gluedHeads`,
    /// with no space between: the rest of that facility's name.
    func isGluedToHead(_ mention: Mention, text: [Unicode.Scalar]) -> Bool {
        guard mention.source == RuleTaggerCombination.taggerSource, mention.label == .person, mention.range.start <= text.count else { return false }
        return gluedHeads.contains { text.matches($0, endingAt: mention.range.start) }
    }

    /// Whether `text` starts with `title` and the title is a word of its own: a space follows
    /// it, or it ends with a full stop and is not the start of a dotted acronym ("อ." in "อ.ส.ค.").
    private func startsWithTitle(_ text: [Unicode.Scalar], _ title: [Unicode.Scalar]) -> Bool {
        guard text.count > title.count, text.matches(title, at: 0) else { return false }
        if text[title.count].properties.isWhitespace { return true }
        return title.last == "." && !(text.count > title.count + 1 && text[title.count + 1] == ".")
    }
}
