import KhaosanCore

/// Finds organisation (ORG) mentions (ThaiNER span conventions). Rules, each
/// named in `Mention.source`:
/// - `org.lexicon`: known names and aliases (`OrganizationLexiconMatcher`);
/// - `org.head`: names led by a head word, and where they end (`OrganizationNameScanner`);
/// - `org.ministry-short-name`: "รมว.สาธารณสุข" (`MinistryShortNameFinder`);
/// - `org.thai-acronym`, `org.latin-name`: names recognised by their form
///   (`ThaiAcronymFinder`, `LatinOrganizationNameFinder`);
/// - `org.acronym-definition`, `org.acronym-long-form`, `org.acronym-use`: "(บพท.)",
///   "หรือ บพท." and later uses (`AcronymDefinitionFinder`, `UndefinedLongFormFinder`).
/// Names grow over glued places and numbered units (`OrganizationSuffixExtender`), over
/// a head written before a short form ("กระทรวง พม.", `OrganizationPrefixExtender`) and, after a
/// local body's acronym, over its glued name ("อบต.|โดมประดิษฐ์", `OrganizationWords.localBodyAcronyms`).
/// The result is flat (leftmost-longest); mentions carry the attributes named in
/// `MentionAttribute`.
public struct OrganizationExtractor: MentionExtractor {
    public let name = "organizations"
    public let labels: Set<MentionLabel> = [.organization]
    /// Confidence of a mention by the rule that found it (the overlap resolver
    /// prefers higher, then longer): known names and defined acronyms most, names
    /// recognised by their form least. Rules not listed get 0.8.
    public static let confidenceByRule: [String: Double] = [
        "org.lexicon": 0.95, "org.acronym-definition": 0.95, "org.acronym-use": 0.9,
        "org.ministry-short-name": 0.9, "org.head": 0.85, "org.acronym-long-form": 0.85,
        "org.thai-acronym": 0.8, "org.latin-name": 0.8,
    ]

    private let matcher: OrganizationLexiconMatcher
    private let places: OrganizationLexiconMatcher
    private let ministries: MinistryShortNameFinder
    private let latinNames: LatinOrganizationNameFinder
    private let thaiAcronyms: ThaiAcronymFinder
    private let suffixes: OrganizationSuffixExtender
    private let prefixes = OrganizationPrefixExtender()
    private let longForms: UndefinedLongFormFinder
    private let scanner: OrganizationNameScanner
    /// Local-body acronyms ("อบต.") whose glued name the mention takes.
    private let localBodyAcronyms: Set<String>

    /// - Parameters:
    ///   - lexicon: its ORG entries are the known names.
    ///   - words: the head, stop-word and continuation lists.
    public init(lexicon: Lexicon, words: OrganizationWords = .bundled) {
        matcher = OrganizationLexiconMatcher(lexicon: lexicon)
        places = OrganizationLexiconMatcher(lexicon: lexicon, label: .place)
        ministries = MinistryShortNameFinder(lexicon: lexicon, titles: words.ministryTitles)
        latinNames = LatinOrganizationNameFinder(words: words.latinWords)
        thaiAcronyms = ThaiAcronymFinder(excluded: words.notAcronyms)
        suffixes = OrganizationSuffixExtender(organizations: matcher, places: places)
        longForms = UndefinedLongFormFinder(heads: words.heads + words.definitionHeads, notAcronyms: words.notAcronyms)
        scanner = OrganizationNameScanner(words: words)
        localBodyAcronyms = Set(words.localBodyAcronyms)
    }

    public func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        candidates(in: document, earlier: earlier).map { candidate in
            var mention = document.mention(textRange: candidate.range, label: .organization,
                                           source: candidate.source,
                                           confidence: Self.confidenceByRule[candidate.source] ?? 0.8)
            mention.attributes = candidate.attributes
            return mention
        }
    }

    /// Candidates in normalised offsets, flat and sorted.
    func candidates(in document: AnalyzedDocument, earlier: [Mention]) -> [OrganizationCandidate] {
        let index = TokenIndex(document)
        let blocked = Set(earlier.map(\.range.start))
        var found = matcher.candidates(in: index) + ministries.candidates(in: index)
            + latinNames.candidates(in: index) + thaiAcronyms.candidates(in: index) + scanner.candidates(
            in: index,
            knownOrganizationEnd: { matcher.longestMatch(in: index, at: $0)?.end },
            knownNameEnd: { matcher.longestMatch(in: index, at: $0)?.end ?? places.longestMatch(in: index, at: $0)?.end },
            isBlocked: { blocked.contains(index.tokens[$0].range.start) }).filter { !isKnownPlace($0, in: index) }
        found = found.map { candidate in
            var extended = suffixes.extend(candidate, in: index, endsName: { offset in
                index.token(startingAt: offset).map { scanner.isStop(in: index, at: $0) } ?? false
            })
            if extended.range.end == candidate.range.end, localBodyAcronyms.contains(index.text(candidate.range)),
               let end = scanner.gluedNameEnd(in: index, at: candidate.range.end) {
                extended.range = ScalarRange(candidate.range.start, end)
            }
            return extended
        }
        // A mention found earlier that starts inside a name (even inside a token) ends it.
        let blockedOffsets = blocked.sorted()
        for k in found.indices {
            if let cut = Self.first(in: blockedOffsets, after: found[k].range.start), cut < found[k].range.end {
                var end = cut
                while end > found[k].range.start, index.scalars[end - 1] == " " { end -= 1 }
                found[k].range = ScalarRange(found[k].range.start, end)
            }
        }
        var chosen = OrganizationCandidate.leftmostLongest(found)
        chosen = addUnknownLongForms(to: chosen, in: index)
        chosen = addDefinitions(to: chosen, in: index)
        chosen = addLaterUses(to: chosen, in: index).filter { !RoadCode.isCode($0.range, in: index.scalars) }
        return prefixes.extendAll(chosen, in: index)
    }

    /// "สหพันธ์สาธารณรัฐ" (federal republic) begins a country's name, known or not ("…ไนจีเรีย", "…ประชาธิปไตยเนปาล").
    static let federalRepublic = Array("สหพันธ์สาธารณรัฐ".unicodeScalars)

    /// Whether a head-led candidate begins with a country's name ("สหพันธ์สาธารณรัฐเยอรมนี|ประจำประเทศไทย":
    /// สหพันธ์ heads organisation names, but the words from it on name Germany; "สหภาพเมียนมา").
    private func isKnownPlace(_ candidate: OrganizationCandidate, in index: TokenIndex) -> Bool {
        if index.scalars.matches(Self.federalRepublic, at: candidate.range.start) { return true }
        guard let place = places.longestMatch(in: index, at: candidate.range.start),
              place.entry.properties["type"] == "Country" else { return false }
        return matcher.longestMatch(in: index, at: candidate.range.start) == nil
    }

    /// The first of `sorted` (increasing) greater than `offset`.
    static func first(in sorted: [Int], after offset: Int) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count ? sorted[low] : nil
    }

    /// Adds the long forms of acronyms that follow no candidate ("การยางแห่งประเทศไทย
    /// (กยท.)"), replacing candidates inside them; `addDefinitions` then adds the acronyms. A long form
    /// that begins with a generic name ("องค์กรปกครองส่วนท้องถิ่น (อปท.)") is none.
    private func addUnknownLongForms(to chosen: [OrganizationCandidate], in index: TokenIndex) -> [OrganizationCandidate] {
        var result = chosen  // ids of `spans` are indices here; removed ones are dropped at the end
        let spans = SpanOverlapIndex(chosen.map(\.range))
        for long in longForms.candidates(in: index, chosen: chosen)
        where !scanner.isGenericName(in: index, long.range) && spans.firstID(near: long.range, where: { $0.overlaps(long.range) && !long.range.contains($0) }) == nil {
            for id in spans.ids(near: long.range, where: long.range.contains) { spans.remove(id) }
            spans.insert(long.range)
            result.append(long)
        }
        return result.indices.filter { spans.ranges[$0] != nil }.map { result[$0] }.sorted { $0.range < $1.range }
    }

    /// Adds the acronym/name defined after each candidate and links the two.
    private func addDefinitions(to chosen: [OrganizationCandidate], in index: TokenIndex) -> [OrganizationCandidate] {
        var result = chosen
        let spans = SpanOverlapIndex(chosen.map(\.range))  // the ranges of `result`, ids = indices
        for i in chosen.indices {
            guard let definition = AcronymDefinitionFinder.definition(after: chosen[i], in: index, ministries: ministries) else { continue }
            result[i].attributes.merge(definition.longForm.attributes) { _, new in new }
            var defined = definition.defined
            if let k = spans.firstID(near: defined.range, where: { $0.overlaps(defined.range) }) {
                guard result[k].range == defined.range || defined.range.contains(result[k].range) else { continue }
                defined.attributes.merge(result[k].attributes) { mine, _ in mine }
                result[k] = defined
                spans.update(k, to: defined.range)
            } else {
                result.append(defined)
                spans.insert(defined.range)
            }
        }
        return result.sorted { $0.range < $1.range }
    }

    /// Marks later (and earlier) uses of a defined acronym in the document as ORG mentions.
    private func addLaterUses(to chosen: [OrganizationCandidate], in index: TokenIndex) -> [OrganizationCandidate] {
        var defined: [String: String] = [:]
        for candidate in chosen where candidate.source == "org.acronym-definition" {
            if let long = candidate.attributes[MentionAttribute.longForm] {
                defined[index.text(candidate.range)] = long
            }
        }
        guard !defined.isEmpty else { return chosen }
        var result = chosen
        // Uses another rule already found ("สสว." by its form) get the link too.
        for k in result.indices where result[k].attributes[MentionAttribute.longForm] == nil {
            if let long = defined[index.text(result[k].range)] { result[k].attributes[MentionAttribute.longForm] = long }
        }
        // At each token start, the acronyms found there, longest first (a given length has one
        // text): deterministic whatever the dictionary order.
        let acronyms = defined.keys.sorted()
        let trie = ScalarTrie(words: acronyms)
        let spans = SpanOverlapIndex(result.map(\.range))
        var matches: [(end: Int, payloads: ArraySlice<Int>)] = []
        for token in index.tokens where token.kind == .thai || token.kind == .latin {
            matches.removeAll(keepingCapacity: true)
            trie.forEachMatch(in: index.scalars, at: token.range.start) { end, payloads in
                matches.append((end, payloads))
                return true
            }
            for match in matches.reversed() {
                let acronym = acronyms[match.payloads.first!]
                let long = defined[acronym]!
                let range = ScalarRange(token.range.start, match.end)
                guard index.token(endingAt: range.end) != nil || !OrganizationLexiconMatcher.isWordScalar(index.scalars, range.end)
                        || acronym.hasSuffix("."),
                      !spans.overlapsAny(range) else { continue }
                result.append(OrganizationCandidate(range: range, source: "org.acronym-use",
                                                    attributes: [MentionAttribute.longForm: long]))
                spans.insert(range)
            }
        }
        return result.sorted { $0.range < $1.range }
    }
}
