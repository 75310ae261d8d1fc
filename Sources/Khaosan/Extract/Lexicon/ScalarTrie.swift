/// A trie over Unicode scalars that finds every stored key starting at a
/// position of a scalar array (all matches, longest last).
///
/// Keys are matched on the normalised text; payloads are caller-defined integers
/// (e.g. indices into a lexicon's entries). Lookups hash and allocate nothing: the
/// root is a table indexed by scalar for the Latin and Thai blocks, and every other
/// node keeps its edges in a linked list sorted by scalar (most nodes have one to
/// three), all in flat arrays.
public struct ScalarTrie: Sendable {
    /// Root children for scalars below `rootTableSize` (0 = none; nodes are never 0).
    private var rootTable = [Int32](repeating: 0, count: ScalarTrie.rootTableSize)
    /// Per node: first edge, dense block, edge count, whether a key ends there (one
    /// cache line holds several nodes).
    private var nodes: [Node] = [Node()]
    private var payloads: [[Int]] = [[]]
    /// Every node's edges, linked in increasing scalar order.
    private var edges: [Edge] = []
    /// Blocks of `denseSize` children (0 = none) for scalars U+0E00…U+0E7F.
    private var denseChildren: [Int32] = []

    private struct Node: Sendable {
        /// First edge (-1 = none; root: scalars ≥ rootTableSize only).
        var firstEdge: Int32 = -1
        /// Start of the node's block in `denseChildren` (-1 = none). Nodes with more than
        /// `denseThreshold` edges also index their Thai-block children directly.
        var denseBlock: Int32 = -1
        var edgeCount: Int32 = 0
        /// Whether a key ends here (its `payloads` are non-empty).
        var isTerminal = false
    }

    private struct Edge: Sendable {
        var scalar: UInt32
        var child: Int32
        /// The node's next edge (-1 = last).
        var next: Int32
    }

    private static let denseThreshold: Int32 = 4
    private static let denseBase: UInt32 = 0x0E00
    private static let denseSize = 0x80

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
                let created = nodes.count
                nodes.append(Node())
                payloads.append([])
                if node == 0 && scalar.value < Self.rootTableSize {
                    rootTable[Int(scalar.value)] = Int32(created)
                } else {
                    link(from: node, scalar: scalar.value, to: created)
                }
                node = created
            }
        }
        if !payloads[node].contains(payload) { payloads[node].append(payload) }
        nodes[node].isTerminal = true
    }

    /// Adds the edge `node --scalar--> child`, keeping the node's edges sorted by scalar.
    private mutating func link(from node: Int, scalar: UInt32, to child: Int) {
        let edge = Int32(edges.count)
        var previous: Int32 = -1
        var current = nodes[node].firstEdge
        while current >= 0 && edges[Int(current)].scalar < scalar {
            previous = current
            current = edges[Int(current)].next
        }
        edges.append(Edge(scalar: scalar, child: Int32(child), next: current))
        if previous < 0 { nodes[node].firstEdge = edge } else { edges[Int(previous)].next = edge }
        nodes[node].edgeCount += 1
        if nodes[node].denseBlock >= 0 {
            setDense(node: node, scalar: scalar, child: child)
        } else if nodes[node].edgeCount > Self.denseThreshold {
            nodes[node].denseBlock = Int32(denseChildren.count)
            denseChildren.append(contentsOf: repeatElement(0, count: Self.denseSize))
            var e = nodes[node].firstEdge
            while e >= 0 {
                setDense(node: node, scalar: edges[Int(e)].scalar, child: Int(edges[Int(e)].child))
                e = edges[Int(e)].next
            }
        }
    }

    private mutating func setDense(node: Int, scalar: UInt32, child: Int) {
        let slot = scalar &- Self.denseBase
        guard slot < UInt32(Self.denseSize) else { return }
        denseChildren[Int(nodes[node].denseBlock) + Int(slot)] = Int32(child)
    }

    @inline(__always)
    private func child(of node: Int, _ scalar: UInt32) -> Int? {
        if node == 0 && scalar < Self.rootTableSize {
            let next = rootTable[Int(scalar)]
            return next == 0 ? nil : Int(next)
        }
        let block = nodes[node].denseBlock
        if block >= 0 {
            let slot = scalar &- Self.denseBase
            if slot < UInt32(Self.denseSize) {
                let next = denseChildren[Int(block) + Int(slot)]
                return next == 0 ? nil : Int(next)
            }
        }
        var edge = nodes[node].firstEdge
        while edge >= 0 {
            let e = edges[Int(edge)]
            if e.scalar == scalar { return Int(e.child) }
            if e.scalar > scalar { return nil }
            edge = e.next
        }
        return nil
    }

    /// Calls `body(end, payloads)` for every stored key that starts at `start` in
    /// `scalars`, shortest first, without allocating. Offsets are scalar offsets of
    /// `scalars`. `body` returns false to stop early.
    @inline(__always)
    public func forEachMatch(in scalars: [Unicode.Scalar], at start: Int,
                             _ body: (_ end: Int, _ payloads: [Int]) -> Bool) {
        var node = 0
        var i = start
        while i < scalars.count, let next = child(of: node, scalars[i].value) {
            node = next
            i += 1
            if nodes[node].isTerminal && !body(i, payloads[node]) { return }
        }
    }

    /// Every stored key that starts at `start` in `scalars`: (end offset, payloads),
    /// shortest first. Offsets are scalar offsets of `scalars`.
    public func matches(in scalars: [Unicode.Scalar], at start: Int) -> [(end: Int, payloads: [Int])] {
        var result: [(end: Int, payloads: [Int])] = []
        forEachMatch(in: scalars, at: start) { end, payloads in
            result.append((end, payloads))
            return true
        }
        return result
    }

    /// The longest stored key starting at `start`, if any.
    public func longestMatch(in scalars: [Unicode.Scalar], at start: Int) -> (end: Int, payloads: [Int])? {
        var found: (end: Int, payloads: [Int])?
        forEachMatch(in: scalars, at: start) { end, payloads in
            found = (end, payloads)
            return true
        }
        return found
    }
}
