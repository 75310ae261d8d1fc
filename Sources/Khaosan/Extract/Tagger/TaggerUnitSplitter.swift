/// Cuts ICU tokens into tagger units where entity boundaries are known to fall
/// inside ICU tokens in ThaiNER: after a full stop inside a token
/// (`ด.ช.กิตติพงษ์` → `ด.` `ช.` `กิตติพงษ์`, `จ.เชียงใหม่` → `จ.` `เชียงใหม่`),
/// and after a known prefix (a title, a place head) that starts a longer Thai token.
///
/// All offsets are Unicode scalar offsets of the normalised text.
public struct TaggerUnitSplitter: Sendable {
    /// Prefixes split off the front of a Thai token (matched longest first).
    private let prefixes: ScalarTrie

    /// - Parameter prefixes: words split off when a Thai token starts with them and goes on.
    public init(prefixes: [String] = []) {
        var trie = ScalarTrie()
        for (i, p) in prefixes.enumerated() { trie.insert(p, payload: i) }
        self.prefixes = trie
    }

    /// The units of `tokens` over `scalars`, in order, covering the same text.
    public func units(of tokens: [Token], in scalars: [Unicode.Scalar]) -> [TaggerUnit] {
        var units: [TaggerUnit] = []
        units.reserveCapacity(tokens.count + tokens.count / 4)
        for token in tokens {
            guard token.range.count > 1, token.kind == .thai || token.kind == .latin || token.kind == .punctuation else {
                units.append(TaggerUnit(range: token.range, kind: token.kind))
                continue
            }
            var start = token.range.start
            let end = token.range.end
            if token.kind == .thai, let match = prefixes.longestMatch(in: scalars, at: start), match.end < end,
               TaggerUnitSplitter.canStartUnit(scalars[match.end]) {
                units.append(TaggerUnit(range: ScalarRange(start, match.end), kind: .thai))
                start = match.end
            }
            var i = start
            while i < end {
                if scalars[i] == "." && i + 1 < end && i + 1 > start {
                    units.append(TaggerUnit(range: ScalarRange(start, i + 1),
                                            kind: TokenClassifier.kind(of: scalars[start])))
                    start = i + 1
                }
                i += 1
            }
            if start < end {
                units.append(TaggerUnit(range: ScalarRange(start, end), kind: TokenClassifier.kind(of: scalars[start])))
            }
        }
        return units
    }

    /// Whether a Thai unit may start with `scalar`: not a combining vowel, tone
    /// mark or other sign that only follows a consonant.
    static func canStartUnit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x0E30...0x0E3A, 0x0E45, 0x0E47...0x0E4E: return false
        default: return true
        }
    }
}
