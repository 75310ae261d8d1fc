import KhaosanCore

/// A trie over Unicode scalars (ASCII letters folded to lower case) for the
/// longest date word starting at a position.
struct DateWordTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var payloads: [DateWord?] = [nil]
    /// `startsWord[v]` for scalar values below 0x10000 that begin some word not
    /// written in Thai (English month names).
    private var startsWord = [Bool](repeating: false, count: 0x10000)
    /// `startsThaiPair[a * 128 + b]`: some Thai word starts with U+0E00+a, U+0E00+b.
    /// Most Thai letters start some date word ("ปี", "เดือน", "ก.พ."), but few pairs do.
    private var startsThaiPair = [Bool](repeating: false, count: 128 * 128)

    mutating func insert(_ word: String, _ payload: DateWord) {
        var node = 0
        for scalar in word.unicodeScalars {
            let key = DateScalars.folded(scalar)
            if let next = children[node][key] {
                node = Int(next)
            } else {
                children.append([:])
                payloads.append(nil)
                children[node][key] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        // The first inserted meaning of a spelling wins (ICU names before variants).
        if payloads[node] == nil { payloads[node] = payload }
        let scalars = Array(word.unicodeScalars.prefix(2))
        if scalars.count == 2, let pair = Self.thaiPair(scalars[0], scalars[1]) {
            startsThaiPair[pair] = true
        } else if let first = scalars.first, first.value < 0x10000 {
            startsWord[Int(DateScalars.folded(first))] = true
        }
    }

    @inline(__always)
    private static func thaiPair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Int? {
        let x = a.value &- 0x0E00, y = b.value &- 0x0E00
        return x < 128 && y < 128 ? Int(x) * 128 + Int(y) : nil
    }

    /// Whether some word may start at `i` (a cheap gate before `longest`: one
    /// table lookup on the first two scalars).
    @inline(__always)
    func mayStart(_ text: [Unicode.Scalar], _ i: Int) -> Bool {
        let scalar = text[i]
        if i + 1 < text.count, let pair = Self.thaiPair(scalar, text[i + 1]) { return startsThaiPair[pair] }
        return scalar.value < 0x10000 && startsWord[Int(DateScalars.folded(scalar))]
    }

    /// The longest word at `start` that satisfies `accept`, with its end offset.
    func longest(in text: [Unicode.Scalar], at start: Int,
                 where accept: (DateWord) -> Bool = { _ in true }) -> (word: DateWord, end: Int)? {
        var node = 0
        var best: (DateWord, Int)?
        var i = start
        while i < text.count, let next = children[node][DateScalars.folded(text[i])] {
            node = Int(next)
            i += 1
            if let payload = payloads[node], accept(payload) { best = (payload, i) }
        }
        return best
    }
}
