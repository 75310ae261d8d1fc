/// A cheap, exact pre-test before walking word-list tries at an offset: whether
/// some entry may start there, judged by its first two scalars.
///
/// For two Thai-block scalars the answer comes from a 128×128 bit table of the
/// entries' first two scalars (plus the one-scalar entries); elsewhere it falls back
/// to the first scalar alone (`FirstScalarSet`). It never says no where an entry
/// starts, so a caller skipping offsets it rejects finds the same matches.
struct PrefixPairSet: Sendable {
    private let firsts: FirstScalarSet
    /// First scalars of one-scalar entries.
    private let singles: FirstScalarSet
    /// Bit `a * 128 + b` set when an entry starts with U+0E00+a, U+0E00+b.
    private var thaiPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)

    init<S: Sequence>(words: S) where S.Element == String {
        let words = Array(words)
        firsts = FirstScalarSet(words: words)
        singles = FirstScalarSet(words: words.filter { $0.unicodeScalars.count == 1 })
        for word in words {
            var scalars = word.unicodeScalars.makeIterator()
            guard let a = scalars.next(), let b = scalars.next(),
                  a.value &- 0x0E00 < 0x80, b.value &- 0x0E00 < 0x80 else { continue }
            let bit = Int(a.value - 0x0E00) * 128 + Int(b.value - 0x0E00)
            thaiPairs[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    /// Whether an entry may start at `offset` of `scalars` (false: none does).
    @inline(__always)
    func mayStart(in scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        let a = scalars[offset]
        guard firsts.contains(a) else { return false }
        guard offset + 1 < scalars.count else { return true }
        let b = scalars[offset + 1]
        guard a.value &- 0x0E00 < 0x80, b.value &- 0x0E00 < 0x80 else { return true }
        if singles.contains(a) { return true }
        let bit = Int(a.value - 0x0E00) * 128 + Int(b.value - 0x0E00)
        return thaiPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
