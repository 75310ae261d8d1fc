/// A trie over Unicode scalars that finds every stored key starting at a
/// position of a scalar array (all matches, longest last).
///
/// Keys are matched on the normalised text; payloads are caller-defined integers
/// (e.g. indices into a lexicon's entries). Lookups hash nothing: the root is a
/// table indexed by scalar for the Latin and Thai blocks, and every other node
/// keeps its edges sorted by scalar (most nodes have one to three).
public struct ScalarTrie: Sendable {
    /// Root children for scalars below `rootTableSize` (0 = none; nodes are never 0).
    private var rootTable = [Int32](repeating: 0, count: ScalarTrie.rootTableSize)
    /// Per node, its edges `(scalar, child)` sorted by scalar (root: scalars ≥ rootTableSize only).
    private var edges: [[Edge]] = [[]]
    private var payloads: [[Int]] = [[]]

    private struct Edge: Sendable {
        var scalar: UInt32
        var child: Int32
    }

    /// Covers Basic Latin through Thai (U+0E7F).
    private static let rootTableSize = 0x0E80

    public init() {}

    /// Stores `key` with `payload`. Empty keys are ignored.
    public mutating func insert(_ key: String, payload: Int) {
        guard !key.isEmpty else { return }
        var node = 0
        for scalar in key.unicodeScalars {
            if let next = child(of: node, scalar.value) {
                node = next
            } else {
                let created = edges.count
                edges.append([])
                payloads.append([])
                if node == 0 && scalar.value < Self.rootTableSize {
                    rootTable[Int(scalar.value)] = Int32(created)
                } else {
                    let position = edges[node].firstIndex { $0.scalar > scalar.value } ?? edges[node].count
                    edges[node].insert(Edge(scalar: scalar.value, child: Int32(created)), at: position)
                }
                node = created
            }
        }
        if !payloads[node].contains(payload) { payloads[node].append(payload) }
    }

    @inline(__always)
    private func child(of node: Int, _ scalar: UInt32) -> Int? {
        if node == 0 && scalar < Self.rootTableSize {
            let next = rootTable[Int(scalar)]
            return next == 0 ? nil : Int(next)
        }
        for edge in edges[node] {
            if edge.scalar == scalar { return Int(edge.child) }
            if edge.scalar > scalar { return nil }
        }
        return nil
    }

    /// Every stored key that starts at `start` in `scalars`: (end offset, payloads),
    /// shortest first. Offsets are scalar offsets of `scalars`.
    public func matches(in scalars: [Unicode.Scalar], at start: Int) -> [(end: Int, payloads: [Int])] {
        var result: [(end: Int, payloads: [Int])] = []
        var node = 0
        var i = start
        while i < scalars.count, let next = child(of: node, scalars[i].value) {
            node = next
            i += 1
            if !payloads[node].isEmpty { result.append((i, payloads[node])) }
        }
        return result
    }

    /// The longest stored key starting at `start`, if any.
    public func longestMatch(in scalars: [Unicode.Scalar], at start: Int) -> (end: Int, payloads: [Int])? {
        var found: (end: Int, payloads: [Int])?
        var node = 0
        var i = start
        while i < scalars.count, let next = child(of: node, scalars[i].value) {
            node = next
            i += 1
            if !payloads[node].isEmpty { found = (i, payloads[node]) }
        }
        return found
    }
}
