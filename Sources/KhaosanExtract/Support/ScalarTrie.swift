/// The one text-matching kernel: a trie over Unicode scalars that finds the stored keys
/// starting at an offset of a scalar array (every match, or the longest), looks a key up
/// exactly, and feeds the start prefilter (`ScalarPrefilter`). Word-boundary rules stay
/// with the callers.
///
/// Keys are matched on the normalised text; each key carries caller-defined integer
/// payloads (e.g. indices into a lexicon's entries, or list numbers), in insertion order,
/// each payload once. Lookups hash and allocate nothing: the root is a table indexed by
/// scalar for the Latin and Thai blocks, and every other node keeps its edges side by side
/// in one flat array, sorted by scalar (most nodes have one to three, read from one cache
/// line); nodes with many edges also index their Thai-block children directly. Payloads lie
/// in one flat array, a node's run side by side.
///
/// With `foldingASCIICase`, ASCII capitals are lower-cased in keys and in the searched text
/// (English month names), so offsets are unchanged.
public struct ScalarTrie: Sendable {
    /// Whether ASCII capitals are lower-cased in keys and text.
    public let foldsASCIICase: Bool
    /// Root children for scalars below `rootTableSize` (0 = none; nodes are never 0).
    private var rootTable = [Int32](repeating: 0, count: ScalarTrie.rootTableSize)
    /// Per node: its edges, dense block and payload run.
    private var nodes: [Node] = [Node()]
    /// Payloads of every node: node `n`'s are `payloadPool[n.payloadStart ..< n.payloadStart + n.payloadCount]`.
    private var payloadPool: [Int] = []
    /// Edges of every node: node `n`'s are `edges[n.edgeStart ..< n.edgeStart + n.edgeCount]`,
    /// sorted by scalar. A node's block holds the next power of two ≥ its edge count
    /// (a full block moves to the end of the array, doubled).
    private var edges: [Edge] = []
    /// Blocks of `denseSize` children (0 = none) for scalars U+0E00…U+0E7F.
    private var denseChildren: [Int32] = []

    private struct Node: Sendable {
        /// First edge in `edges` (root: scalars ≥ rootTableSize only).
        var edgeStart: Int32 = 0
        var edgeCount: Int32 = 0
        /// Start of the node's block in `denseChildren` (-1 = none). Nodes with more than
        /// `denseThreshold` edges also index their Thai-block children directly.
        var denseBlock: Int32 = -1
        /// The node's payloads in `payloadPool`; a key ends here when `payloadCount > 0`.
        var payloadStart: Int32 = 0
        var payloadCount: Int32 = 0
    }

    private struct Edge: Sendable {
        var scalar: UInt32
        var child: Int32
    }

    private static let denseThreshold: Int32 = 4
    private static let denseBase: UInt32 = 0x0E00
    private static let denseSize = 0x80

    /// Covers Basic Latin through Thai (U+0E7F).
    private static let rootTableSize = 0x0E80

    /// An empty trie. - Parameter foldingASCIICase: lower-case ASCII capitals in keys and text.
    public init(foldingASCIICase: Bool = false) {
        foldsASCIICase = foldingASCIICase
    }

    /// A compacted trie of `words`, each word's payload its index in `words`.
    public init<S: Sequence>(words: S) where S.Element == String {
        var trie = ScalarTrie()
        for (index, word) in words.enumerated() { trie.insert(word, payload: index) }
        self = trie.compacted()
    }

    /// The scalar value a key or text scalar is matched by.
    @inline(__always)
    func matchValue(_ scalar: Unicode.Scalar) -> UInt32 {
        let v = scalar.value
        return foldsASCIICase && v &- 0x41 < 26 ? v | 0x20 : v
    }

    /// Stores `key` with `payload` (kept once per key, after the key's earlier payloads).
    /// Empty keys are ignored.
    public mutating func insert(_ key: String, payload: Int) {
        guard !key.isEmpty else { return }
        var node = 0
        for scalar in key.unicodeScalars {
            let value = matchValue(scalar)
            if let next = child(of: node, value) {
                node = next
            } else {
                let created = nodes.count
                nodes.append(Node())
                if node == 0 && value < Self.rootTableSize {
                    rootTable[Int(value)] = Int32(created)
                } else {
                    link(from: node, scalar: value, to: created)
                }
                node = created
            }
        }
        let start = Int(nodes[node].payloadStart), count = Int(nodes[node].payloadCount)
        guard !payloadPool[start..<(start + count)].contains(payload) else { return }
        if start + count != payloadPool.count {
            // The run is not last in the pool: move it to the end, where it can grow. (One element
            // at a time: appending a slice of the pool itself copied the whole pool, 13% of start-up.)
            nodes[node].payloadStart = Int32(payloadPool.count)
            for k in start..<(start + count) { payloadPool.append(payloadPool[k]) }
        }
        payloadPool.append(payload)
        nodes[node].payloadCount += 1
    }

    /// The same trie with its nodes renumbered and each node's edges, dense block and
    /// payloads laid out in that order: the first two levels breadth first, so that they,
    /// which every lookup walks, sit together in a few cache lines; below them depth first,
    /// so that a node's first child directly follows it and a walk down a long key reads
    /// forward through memory (the walks were bound by cache misses on node and edge loads).
    /// Call once after the last `insert` (inserting afterwards stays correct).
    public func compacted() -> ScalarTrie {
        var order = [0]
        order.reserveCapacity(nodes.count)
        var newID = [Int32](repeating: -1, count: nodes.count)
        newID[0] = 0
        func visit(_ child: Int) {
            if newID[child] < 0 {
                newID[child] = Int32(order.count)
                order.append(child)
            }
        }
        /// The edge indices of `node`'s children, in scalar order.
        func edgeRange(_ node: Int) -> Range<Int> {
            let n = nodes[node]
            return Int(n.edgeStart)..<Int(n.edgeStart + n.edgeCount)
        }
        for child in rootTable where child != 0 { visit(Int(child)) }
        for e in edgeRange(0) { visit(Int(edges[e].child)) }
        let firstLevel = 1..<order.count
        for k in firstLevel { for e in edgeRange(order[k]) { visit(Int(edges[e].child)) } }
        let secondLevel = firstLevel.upperBound..<order.count
        var stack: [Int] = []
        for k in secondLevel {
            for e in edgeRange(order[k]).reversed() { stack.append(Int(edges[e].child)) }
            while let node = stack.popLast() {
                visit(node)
                for e in edgeRange(node).reversed() { stack.append(Int(edges[e].child)) }
            }
        }
        precondition(order.count == nodes.count, "a trie node is unreachable")
        var result = ScalarTrie(foldingASCIICase: foldsASCIICase)
        result.rootTable = rootTable.map { $0 == 0 ? 0 : newID[Int($0)] }
        result.nodes = []
        result.nodes.reserveCapacity(order.count)
        result.edges.reserveCapacity(edges.count)
        result.denseChildren.reserveCapacity(denseChildren.count)
        result.payloadPool.reserveCapacity(payloadPool.count)
        for old in order {
            let n = nodes[old]
            var copy = Node()
            copy.payloadStart = Int32(result.payloadPool.count)
            copy.payloadCount = n.payloadCount
            result.payloadPool.append(contentsOf: payloadPool[Int(n.payloadStart)..<Int(n.payloadStart + n.payloadCount)])
            copy.edgeStart = Int32(result.edges.count)
            copy.edgeCount = n.edgeCount
            for e in Int(n.edgeStart)..<Int(n.edgeStart + n.edgeCount) {
                result.edges.append(Edge(scalar: edges[e].scalar, child: newID[Int(edges[e].child)]))
            }
            // Keep the power-of-two block `link` expects, so that later inserts stay correct.
            let count = Int(n.edgeCount)
            var capacity = count == 0 ? 0 : 1
            while capacity < count { capacity *= 2 }
            for _ in count..<capacity { result.edges.append(Edge(scalar: 0, child: 0)) }
            if n.denseBlock >= 0 {
                copy.denseBlock = Int32(result.denseChildren.count)
                let block = Int(n.denseBlock)
                for k in block..<(block + Self.denseSize) {
                    let child = denseChildren[k]
                    result.denseChildren.append(child == 0 ? 0 : newID[Int(child)])
                }
            }
            result.nodes.append(copy)
        }
        return result
    }

    /// Adds the edge `node --scalar--> child`, keeping the node's edges sorted by scalar.
    private mutating func link(from node: Int, scalar: UInt32, to child: Int) {
        let count = Int(nodes[node].edgeCount)
        var start = Int(nodes[node].edgeStart)
        // Blocks hold a power of two: a full one (count is 0 or a power of two) moves, doubled.
        if count & (count - 1) == 0 {
            let moved = edges.count
            for k in 0..<count { edges.append(edges[start + k]) }
            for _ in 0..<Swift.max(count, 1) { edges.append(Edge(scalar: 0, child: 0)) }
            start = moved
            nodes[node].edgeStart = Int32(moved)
        }
        var position = start + count
        while position > start && edges[position - 1].scalar > scalar {
            edges[position] = edges[position - 1]
            position -= 1
        }
        edges[position] = Edge(scalar: scalar, child: Int32(child))
        nodes[node].edgeCount += 1
        if nodes[node].denseBlock >= 0 {
            setDense(node: node, scalar: scalar, child: child)
        } else if nodes[node].edgeCount > Self.denseThreshold {
            nodes[node].denseBlock = Int32(denseChildren.count)
            denseChildren.append(contentsOf: repeatElement(0, count: Self.denseSize))
            for e in start..<(start + count + 1) {
                setDense(node: node, scalar: edges[e].scalar, child: Int(edges[e].child))
            }
        }
    }

    private mutating func setDense(node: Int, scalar: UInt32, child: Int) {
        let slot = scalar &- Self.denseBase
        guard slot < UInt32(Self.denseSize) else { return }
        denseChildren[Int(nodes[node].denseBlock) + Int(slot)] = Int32(child)
    }

    /// The child of `node` along the match value `scalar`, if any.
    private func child(of node: Int, _ scalar: UInt32) -> Int? {
        rootTable.withUnsafeBufferPointer { root in
            nodes.withUnsafeBufferPointer { nodes in
                edges.withUnsafeBufferPointer { edges in
                    denseChildren.withUnsafeBufferPointer { dense in
                        let next = Self.child(of: node, scalar, root: root, nodes: nodes, edges: edges, dense: dense)
                        return next == 0 ? nil : next
                    }
                }
            }
        }
    }

    /// The child of `node` along `scalar`, or 0 for none.
    @inline(__always)
    private static func child(of node: Int, _ scalar: UInt32, root: UnsafeBufferPointer<Int32>,
                              nodes: UnsafeBufferPointer<Node>, edges: UnsafeBufferPointer<Edge>,
                              dense: UnsafeBufferPointer<Int32>) -> Int {
        if node == 0 && scalar < UInt32(rootTableSize) {
            return Int(root[Int(scalar)])
        }
        let n = nodes[node]
        if n.denseBlock >= 0 {
            let slot = scalar &- denseBase
            if slot < UInt32(denseSize) {
                return Int(dense[Int(n.denseBlock) + Int(slot)])
            }
        }
        var e = Int(n.edgeStart)
        let end = e + Int(n.edgeCount)
        while e < end {
            let edge = edges[e]
            if edge.scalar == scalar { return Int(edge.child) }
            if edge.scalar > scalar { return 0 }
            e += 1
        }
        return 0
    }

    /// Calls `body(end, payloads)` for every stored key that starts at `start` in
    /// `scalars`, shortest first, without allocating. Offsets are scalar offsets of
    /// `scalars`. `body` returns false to stop early.
    @inline(__always)
    public func forEachMatch(in scalars: [Unicode.Scalar], at start: Int,
                             _ body: (_ end: Int, _ payloads: ArraySlice<Int>) -> Bool) {
        walk(scalars, from: start) { end, node in
            let first = Int(node.payloadStart)
            return body(end, payloadPool[first..<(first + Int(node.payloadCount))])
        }
    }

    /// Calls `body(end)` for every stored key that starts at `start` in `scalars`, shortest
    /// first, without touching payloads. `body` returns false to stop early.
    @inline(__always)
    public func forEachMatchEnd(in scalars: [Unicode.Scalar], at start: Int, _ body: (_ end: Int) -> Bool) {
        walk(scalars, from: start) { end, _ in body(end) }
    }

    /// Walks `scalars` from `start`, calling `body(end, node)` at every node where a key ends.
    @inline(__always)
    private func walk(_ scalars: [Unicode.Scalar], from start: Int, _ body: (_ end: Int, _ node: Node) -> Bool) {
        guard start >= 0 else { return }
        rootTable.withUnsafeBufferPointer { root in
            nodes.withUnsafeBufferPointer { nodes in
                edges.withUnsafeBufferPointer { edges in
                    denseChildren.withUnsafeBufferPointer { dense in
                        var node = 0
                        var i = start
                        while i < scalars.count {
                            node = Self.child(of: node, matchValue(scalars[i]), root: root, nodes: nodes, edges: edges, dense: dense)
                            if node == 0 { return }
                            i += 1
                            let n = nodes[node]
                            if n.payloadCount > 0 && !body(i, n) { return }
                        }
                    }
                }
            }
        }
    }

    /// Calls `body(first, endsKey, seconds)` for every scalar that begins a key: whether it
    /// is a one-scalar key, and the scalars that follow it in longer keys (match values).
    func forEachStart(_ body: (_ first: UInt32, _ endsKey: Bool, _ seconds: [UInt32]) -> Void) {
        func seconds(of node: Int) -> [UInt32] {
            let n = nodes[node]
            return (Int(n.edgeStart)..<Int(n.edgeStart + n.edgeCount)).map { edges[$0].scalar }
        }
        for (scalar, child) in rootTable.enumerated() where child != 0 {
            body(UInt32(scalar), nodes[Int(child)].payloadCount > 0, seconds(of: Int(child)))
        }
        let root = nodes[0]
        for e in Int(root.edgeStart)..<Int(root.edgeStart + root.edgeCount) {
            body(edges[e].scalar, nodes[Int(edges[e].child)].payloadCount > 0, seconds(of: Int(edges[e].child)))
        }
    }
}
