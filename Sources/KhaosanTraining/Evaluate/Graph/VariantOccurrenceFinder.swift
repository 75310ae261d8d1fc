import KhaosanCore
import KhaosanText
import KhaosanExtract

/// Where a registry entity's variant stands as a word in an article.
public struct VariantOccurrence: Hashable, Sendable {
    /// Index of the entity in the registry.
    public var entity: Int
    /// Scalar offsets into the article's source text.
    public var range: ScalarRange

    public init(entity: Int, range: ScalarRange) {
        self.entity = entity
        self.range = range
    }
}

/// Finds the scored occurrences of a registry's variants in a document:
/// - texts and variants are compared after the document normalisation (no-break spaces,
///   zero-width characters, decomposed sara am) with whitespace runs collapsed to one space;
/// - an occurrence starts and ends on a token boundary of the document's ICU tokens
///   ("ลาว" inside "ศาลาว่าการ" is not one); ICU keeps a dotted title and a name in one
///   token ("พล.อ.ประยุทธ์"), so the end of a person title (`person-titles.txt`) at the start
///   of a token, or right after another such title, is a boundary too;
/// - an occurrence inside a longer occurrence of any registry string (variant or ambiguous,
///   any entity) is not scored (longest match: "กรมทางหลวง" inside "กรมทางหลวงชนบท");
/// - ambiguous strings, and a string listed for two entities, are never scored.
public struct VariantOccurrenceFinder: Sendable {
    private let trie: ScalarTrie
    private let titles = PersonWordLists.bundled.titles
    /// Per trie key, the entity it names; nil when it is ambiguous.
    private let entityOfKey: [Int?]
    /// Strings listed as a variant of one entity and also for another (scored as ambiguous).
    public let conflicts: [String]

    public init(registry: GoldRegistry, normalizer: TextNormalizer = TextNormalizer()) {
        var keyIndex: [String: Int] = [:]
        var entityOfKey: [Int?] = []
        var listedBy: [Set<Int>] = []
        var isVariant: [Bool] = []
        var trie = ScalarTrie()
        func add(_ string: String, entity: Int, ambiguous: Bool) {
            let key = CollapsedWhitespace.key(string, normalizer: normalizer)
            guard !key.isEmpty else { return }
            let index: Int
            if let known = keyIndex[key] {
                index = known
                if entityOfKey[index] != entity || ambiguous { entityOfKey[index] = nil }
            } else {
                index = entityOfKey.count
                keyIndex[key] = index
                entityOfKey.append(ambiguous ? nil : entity)
                listedBy.append([])
                isVariant.append(false)
                trie.insert(key, payload: index)
            }
            listedBy[index].insert(entity)
            if !ambiguous { isVariant[index] = true }
        }
        for (entity, gold) in registry.entities.enumerated() {
            for variant in gold.variants { add(variant, entity: entity, ambiguous: false) }
        }
        for (entity, gold) in registry.entities.enumerated() {
            for string in gold.ambiguous { add(string, entity: entity, ambiguous: true) }
        }
        self.trie = trie.compacted()
        self.entityOfKey = entityOfKey
        self.conflicts = keyIndex.filter { listedBy[$0.value].count > 1 && isVariant[$0.value] }.keys.sorted()
    }

    /// The scored occurrences in `document`, whose normalised text `tokens` segment, sorted by range.
    public func occurrences(in document: Document, tokens: [Token]) -> [VariantOccurrence] {
        let text = CollapsedWhitespace(document.textScalars)
        let boundary = boundaries(document.textScalars, tokens: tokens)
        var found: [(start: Int, end: Int, key: Int)] = []   // in collapsed offsets
        for start in text.scalars.indices where boundary.contains(Int(text.origin[start])) {
            trie.forEachMatch(in: text.scalars, at: start) { end, keys in
                if boundary.contains(Int(text.origin[end - 1]) + 1) { found.append((start, end, keys.first!)) }
                return true
            }
        }
        // Longest match: sorted by start, longer first, an occurrence inside an earlier one is dropped.
        found.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var result: [VariantOccurrence] = []
        var reach = -1
        for match in found {
            defer { reach = max(reach, match.end) }
            if match.end <= reach { continue }   // inside a longer occurrence
            guard let entity = entityOfKey[match.key] else { continue }
            let normalized = ScalarRange(Int(text.origin[match.start]), Int(text.origin[match.end - 1]) + 1)
            result.append(VariantOccurrence(entity: entity, range: document.offsetMap.sourceRange(normalized)))
        }
        return result
    }
}

extension VariantOccurrenceFinder {
    /// ICU token boundaries of `text` (0 and the end included), plus the ends of person
    /// titles that open a token ("พล.อ.|ประยุทธ์", "ผศ.|ดร.|สมชาย").
    func boundaries(_ text: [Unicode.Scalar], tokens: [Token]) -> TokenBoundaries {
        var extra: [Int] = []
        for token in tokens {
            var starts = [token.range.start], inToken: [Int] = []
            while let start = starts.popLast() {
                for end in titles.matchEnds(in: text, at: start) where end < token.range.end && !inToken.contains(end) {
                    inToken.append(end)
                    starts.append(end)
                }
            }
            extra += inToken
        }
        return TokenBoundaries(tokens: tokens + extra.map { Token(range: ScalarRange($0, $0), kind: .other) }, length: text.count)
    }
}
