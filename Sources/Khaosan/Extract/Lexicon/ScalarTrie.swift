/// A trie over Unicode scalars that finds every stored key starting at a
/// position of a scalar array (all matches, longest last).
///
/// Keys are matched on the normalised text; payloads are caller-defined integers
/// (e.g. indices into a lexicon's entries).
public struct ScalarTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var payloads: [[Int]] = [[]]

    public init() {}

    /// Stores `key` with `payload`. Empty keys are ignored.
    public mutating func insert(_ key: String, payload: Int) {
        guard !key.isEmpty else { return }
        var node = 0
        for scalar in key.unicodeScalars {
            if let next = children[node][scalar.value] {
                node = Int(next)
            } else {
                children.append([:])
                payloads.append([])
                children[node][scalar.value] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        if !payloads[node].contains(payload) { payloads[node].append(payload) }
    }

    /// Every stored key that starts at `start` in `scalars`: (end offset, payloads),
    /// shortest first. Offsets are scalar offsets of `scalars`.
    public func matches(in scalars: [Unicode.Scalar], at start: Int) -> [(end: Int, payloads: [Int])] {
        var result: [(end: Int, payloads: [Int])] = []
        var node = 0
        var i = start
        while i < scalars.count, let next = children[node][scalars[i].value] {
            node = Int(next)
            i += 1
            if !payloads[node].isEmpty { result.append((i, payloads[node])) }
        }
        return result
    }

    /// The longest stored key starting at `start`, if any.
    public func longestMatch(in scalars: [Unicode.Scalar], at start: Int) -> (end: Int, payloads: [Int])? {
        matches(in: scalars, at: start).last
    }
}
