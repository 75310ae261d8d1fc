/// A cheap, exact pre-test before walking one or more `ScalarTrie`s at an offset: whether
/// some key may start there. Built from the tries themselves (their first two levels).
///
/// `mayStart(with:)` judges by the first scalar alone (a bitmap for the Latin and Thai
/// blocks, a set above). `mayStart(in:at:)` also looks at the second scalar when both are
/// Thai-block scalars: a 128×128 bit table of the keys' first two scalars (plus the
/// one-scalar keys). Neither says no where a key starts, so a caller skipping offsets it
/// rejects finds the same matches.
struct ScalarPrefilter: Sendable {
    private static let lowSize = 0x0E80
    /// Whether ASCII capitals are lower-cased before the test (as the tries do).
    private let foldsASCIICase: Bool
    /// First scalars below `lowSize` of some key.
    private var firstLow = [Bool](repeating: false, count: ScalarPrefilter.lowSize)
    /// First scalars at or above `lowSize` of some key.
    private var firstHigh: Set<UInt32> = []
    /// Thai-block scalars that are a whole key by themselves.
    private var singleThai = [Bool](repeating: false, count: 128)
    /// Bit `a * 128 + b` set when a key starts with U+0E00+a, U+0E00+b.
    private var thaiPairs = [UInt64](repeating: 0, count: 128 * 128 / 64)

    /// The keys of all `tries` (which must agree on ASCII case folding).
    init(tries: [ScalarTrie]) {
        foldsASCIICase = tries.first?.foldsASCIICase ?? false
        precondition(tries.allSatisfy { $0.foldsASCIICase == foldsASCIICase }, "mixed ASCII case folding")
        for trie in tries {
            trie.forEachStart { first, endsKey, seconds in
                if first < UInt32(Self.lowSize) { firstLow[Int(first)] = true } else { firstHigh.insert(first) }
                let a = first &- 0x0E00
                guard a < 0x80 else { return }
                if endsKey { singleThai[Int(a)] = true }
                for second in seconds where second &- 0x0E00 < 0x80 {
                    let bit = Int(a) * 128 + Int(second - 0x0E00)
                    thaiPairs[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }
    }

    @inline(__always)
    private func value(_ scalar: Unicode.Scalar) -> UInt32 {
        let v = scalar.value
        return foldsASCIICase && v &- 0x41 < 26 ? v | 0x20 : v
    }

    /// Whether some key begins with `scalar` (false: none does).
    @inline(__always)
    func mayStart(with scalar: Unicode.Scalar) -> Bool {
        let v = value(scalar)
        return v < UInt32(Self.lowSize) ? firstLow[Int(v)] : firstHigh.contains(v)
    }

    /// Whether a key may start at `offset` of `scalars` (false: none does).
    @inline(__always)
    func mayStart(in scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        guard mayStart(with: scalars[offset]) else { return false }
        guard offset + 1 < scalars.count else { return true }
        let a = scalars[offset].value &- 0x0E00, b = scalars[offset + 1].value &- 0x0E00
        guard a < 0x80, b < 0x80 else { return true }
        if singleThai[Int(a)] { return true }
        let bit = Int(a) * 128 + Int(b)
        return thaiPairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
