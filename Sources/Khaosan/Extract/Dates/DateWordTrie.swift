/// A trie over Unicode scalars (ASCII letters folded to lower case) for the
/// longest date word starting at a position.
struct DateWordTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var payloads: [DateWord?] = [nil]
    /// `startsWord[v]` for scalar values below 0x10000 that begin some word.
    private var startsWord = [Bool](repeating: false, count: 0x10000)

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
        if let first = word.unicodeScalars.first, first.value < 0x10000 {
            startsWord[Int(DateScalars.folded(first))] = true
        }
    }

    /// Whether some word starts with `scalar` (a cheap gate before `longest`).
    @inline(__always)
    func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 && startsWord[Int(DateScalars.folded(scalar))]
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
