import KhaosanCore
import KhaosanText

/// Finds the names and aliases of the lexicon's ORG entries in a document
/// (longest match at each token start), e.g. "กระทรวงสาธารณสุข", "สธ.", "UNDP".
///
/// A match must start at a token start and end at a token end or before a
/// scalar that is not a letter or digit, so "ฮู" (WHO) never matches inside a word.
struct OrganizationLexiconMatcher {
    let entries: [LexiconEntry]
    private let trie: ScalarTrie
    /// First two scalars of every name: most offsets start none, and are rejected without a trie walk.
    private let prefixes: ScalarPrefilter

    /// - Parameter label: which entries to match (ORG for mentions; PLACE for the
    ///   places that may close a name, "กระทรวง…ของฮานอย").
    init(lexicon: Lexicon, label: MentionLabel = .organization) {
        entries = lexicon.entries(labeled: label)
        var trie = ScalarTrie()
        for (i, entry) in entries.enumerated() {
            for name in entry.allNames { trie.insert(name, payload: i) }
        }
        self.trie = trie.compacted()
        prefixes = ScalarPrefilter(tries: [self.trie])
    }

    /// The longest known name starting at scalar offset `offset`: its end and entry.
    func longestMatch(in index: TokenIndex, at offset: Int) -> (end: Int, entry: LexiconEntry)? {
        guard offset >= 0, offset < index.scalars.count, prefixes.mayStart(in: index.scalars, at: offset) else { return nil }
        // The longest acceptable match: the last one, shortest first.
        var found: (end: Int, payloads: ArraySlice<Int>)?
        trie.forEachMatch(in: index.scalars, at: offset) { end, payloads in
            // A Latin name glued to "+" is part of a longer name ("ASEAN+ Creative Cities Forum").
            if end < index.scalars.count, index.scalars[end] == "+",
               ScalarClass.isASCIILetter(index.scalars[end - 1]) { return true }
            if index.token(endingAt: end) != nil || !Self.isWordScalar(index.scalars, end)
                || index.scalars[end - 1] == "." {
                found = (end, payloads)
            }
            return true
        }
        return found.map { ($0.end, entries[Self.richest($0.payloads, in: entries)]) }
    }

    /// Every lexicon match at token starts or right after a "." inside a token
    /// ("รมว.สาธารณสุข"), with `lexiconName` and `wikidata` attributes.
    func candidates(in index: TokenIndex) -> [OrganizationCandidate] {
        var result: [OrganizationCandidate] = []
        var starts: [Int] = []
        for token in index.tokens where token.kind == .thai || token.kind == .latin {
            starts.append(token.range.start)
            for offset in token.range.start + 1..<token.range.end where index.scalars[offset - 1] == "." {
                starts.append(offset)
            }
        }
        // Dotted Thai acronyms ("อคส.", "กกต.") also match where ICU glued them to the
        // word before ("ทา|งอคส.ทั้งหมด"); only ≥ 3 letters and one final dot, so that
        // month abbreviations ("ก.พ.") and short ones ("ตร.") never match mid-word.
        let inner = innerStarts(in: index)
        for offset in inner.acronyms where !starts.contains(offset) { starts.append(offset) }
        for offset in inner.longNames where !starts.contains(offset) { starts.append(offset) }
        for start in starts {
            guard let match = longestMatch(in: index, at: start) else { continue }
            var attributes = [MentionAttribute.lexiconName: match.entry.name]
            if let q = match.entry.wikidata { attributes[MentionAttribute.wikidata] = q }
            result.append(OrganizationCandidate(range: ScalarRange(start, match.end),
                                                source: "org.lexicon", attributes: attributes))
        }
        return result
    }

    /// Long names (≥ `longNameLength` scalars) are strong evidence on their own, so
    /// they may start inside a token ICU glued to the word before ("ให้การ|รถไฟแห่งประเทศไทย").
    static let longNameLength = 10

    /// Offsets inside Thai tokens where a long name (`longNames`) or a dotted acronym of
    /// the lexicon (`acronyms`) starts, each in text order; one trie walk per offset.
    private func innerStarts(in index: TokenIndex) -> (acronyms: [Int], longNames: [Int]) {
        var acronyms: [Int] = []
        var longNames: [Int] = []
        let scalars = index.scalars
        for token in index.tokens where token.kind == .thai && token.range.count > 1 {
            for offset in token.range.start + 1..<token.range.end {
                guard prefixes.mayStart(in: scalars, at: offset),
                      let longestEnd = trie.longestMatchEnd(in: scalars, at: offset) else { continue }
                if token.range.count > 4, offset < token.range.end - 3, scalars[longestEnd - 1] == ".",
                   longestEnd - offset >= 4,
                   scalars[offset..<longestEnd - 1].allSatisfy(ScalarClass.isThaiConsonant) {
                    acronyms.append(offset)
                }
                // Cheap filter: no accepted match is longer than the trie's longest.
                guard longestEnd - offset >= Self.longNameLength else { continue }
                if let match = longestMatch(in: index, at: offset), match.end - offset >= Self.longNameLength {
                    longNames.append(offset)
                }
            }
        }
        return (acronyms, longNames)
    }

    /// Of several entries with the same name, the one with most aliases and
    /// properties (a hand-made entry over a mined one); the first on ties.
    static func richest(_ payloads: ArraySlice<Int>, in entries: [LexiconEntry]) -> Int {
        payloads.max { a, b in
            let ra = entries[a].aliases.count + entries[a].properties.count
            let rb = entries[b].aliases.count + entries[b].properties.count
            return ra != rb ? ra < rb : a > b
        } ?? payloads.first!
    }

    /// Whether the scalar at `offset` is a letter, mark or digit (false past the end).
    static func isWordScalar(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        guard offset < scalars.count else { return false }
        let v = scalars[offset].value
        if v < 0x0E80 { return wordScalarTable[Int(v)] }
        let p = scalars[offset].properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// `isWordScalar` for U+0000…U+0E7F (Latin through Thai), from the same properties.
    private static let wordScalarTable: [Bool] = (0..<0x0E80).map { v in
        guard let scalar = Unicode.Scalar(UInt32(v)) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
