import KhaosanCore

/// Drops or trims ORG, PLACE and PERSON mentions of the tagger (`source == "tagger"`) that
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
///    `span-check-head-names.txt`).
public struct TaggerMentionValidator: Sendable {
    let heads: Set<[Unicode.Scalar]>
    let titles: [[Unicode.Scalar]]
    let endWords: [[Unicode.Scalar]]
    let wholeWords: [[Unicode.Scalar]]
    let verbs: [[Unicode.Scalar]]
    /// The first scalars of `verbs`: most offsets of a span start none of them.
    private let verbStarts: Set<Unicode.Scalar>

    /// `endWords` lines starting with "!" are whole words that end with a function word
    /// and may end a name (e.g. "!หน้าที่").
    public init(heads: [String], titles: [String], endWords: [String], verbs: [String]) {
        func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
            words.filter { !$0.isEmpty }.map { Array($0.unicodeScalars) }
        }
        self.heads = Set(heads.map { Array($0.unicodeScalars) })
        self.titles = scalars(titles)
        self.endWords = scalars(endWords.filter { !$0.hasPrefix("!") })
        self.wholeWords = scalars(endWords.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) })
        self.verbs = scalars(verbs)
        verbStarts = Set(self.verbs.compactMap(\.first))
    }

    /// The bundled word lists.
    public static let bundled: TaggerMentionValidator = {
        let list = BundledResources.requiredWordList
        let headLists: [BundledList] = [.placeHeadsAdmin, .placeHeadsFacility, .placeHeadsNamed, .placeOrgHeads,
                                        .orgHeads, .taggerOrgHeads, .taggerPlaceHeads]
        let names = Set(list(.spanCheckHeadNames))
        return TaggerMentionValidator(heads: headLists.flatMap(list).filter { !names.contains($0) },
                                      titles: list(.personTitles) + list(.spanCheckExtraTitles),
                                      endWords: list(.spanCheckEndWords), verbs: list(.spanCheckVerbs))
    }()

    /// `mention` as it may stay (possibly shorter, same start), or nil when it must go.
    public func validated(_ mention: Mention) -> Mention? {
        guard mention.source == "tagger", [.organization, .place, .person].contains(mention.label) else { return mention }
        var text = Array(mention.text.unicodeScalars)
        func verbBegins(at start: Int) -> Bool {
            verbStarts.contains(text[start]) && verbs.contains { text.matches($0, at: start) }
        }
        if let cut = (1..<max(text.count, 1)).first(where: verbBegins(at:)) {
            text.removeSubrange(cut...)
        } else if !text.isEmpty, verbBegins(at: 0) {
            return nil
        }
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
        guard text.count < mention.range.count else { return mention }
        var trimmed = mention
        trimmed.range = ScalarRange(mention.range.start, mention.range.start + text.count)
        trimmed.text = String(String.UnicodeScalarView(text))
        return trimmed
    }

    /// `mentions`, validated, in order.
    public func filter(_ mentions: [Mention]) -> [Mention] {
        mentions.compactMap(validated)
    }

    /// Whether `text` starts with `title` and the title is a word of its own: a space follows
    /// it, or it ends with a full stop and is not the start of a dotted acronym ("อ." in "อ.ส.ค.").
    private func startsWithTitle(_ text: [Unicode.Scalar], _ title: [Unicode.Scalar]) -> Bool {
        guard text.count > title.count, text.matches(title, at: 0) else { return false }
        if text[title.count].properties.isWhitespace { return true }
        return title.last == "." && !(text.count > title.count + 1 && text[title.count + 1] == ".")
    }
}
