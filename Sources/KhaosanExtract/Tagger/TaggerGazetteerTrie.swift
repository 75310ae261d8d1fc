/// The gazetteer's entries as a compact trie over Unicode scalars: nodes numbered
/// breadth first, so a node's children are consecutive nodes whose edge scalars
/// lie side by side in 16-byte records that also hold the edge scalar, so a step
/// scans one run of records and the match is the record the next step reads (one
/// cache line per step, not a linked list). Each node's payload is the set of lists
/// (a bit mask, at most 32 lists) with an entry ending there. Immutable after init.
struct TaggerGazetteerTrie: Sendable {
    static let maxLists = 32
    private static let rootTableSize = 0x0E80

    /// Root children for scalars below `rootTableSize` (0 = none).
    private var rootTable = [Int32](repeating: 0, count: TaggerGazetteerTrie.rootTableSize)
    /// Per node: the scalar of the edge into it, first child, child count, lists ending here.
    private struct Node: Sendable {
        var scalar: UInt32 = 0
        var firstChild: Int32 = 0
        var childCount: Int32 = 0
        var lists: UInt32 = 0
    }
    private var nodes: [Node] = []

    /// - Parameter entries: per list (at most `maxLists`), its entries.
    init(entries: [[String]]) {
        precondition(entries.count <= Self.maxLists)
        // A plain trie first, then renumbered breadth first.
        var children: [[UInt32: Int]] = [[:]]
        var masks: [UInt32] = [0]
        for (l, list) in entries.enumerated() {
            for entry in list where !entry.isEmpty {
                var node = 0
                for scalar in entry.unicodeScalars {
                    if let next = children[node][scalar.value] {
                        node = next
                    } else {
                        children.append([:])
                        masks.append(0)
                        children[node][scalar.value] = children.count - 1
                        node = children.count - 1
                    }
                }
                masks[node] |= 1 << UInt32(l)
            }
        }
        var order = [0]
        var scalars: [UInt32] = [0]
        var newIndex = [Int](repeating: 0, count: children.count)
        var head = 0
        while head < order.count {
            let old = order[head]
            newIndex[old] = head
            head += 1
            for scalar in children[old].keys.sorted() {
                order.append(children[old][scalar]!)
                scalars.append(scalar)
            }
        }
        let count = order.count
        nodes = [Node](repeating: Node(), count: count)
        for (new, old) in order.enumerated() {
            let kids = children[old].values.map { newIndex[$0] }
            nodes[new] = Node(scalar: scalars[new], firstChild: Int32(kids.min() ?? 0), childCount: Int32(kids.count),
                              lists: masks[old])
        }
        for k in 0..<Int(nodes[0].childCount) {
            let child = Int(nodes[0].firstChild) + k
            if nodes[child].scalar < UInt32(Self.rootTableSize) { rootTable[Int(nodes[child].scalar)] = Int32(child) }
        }
    }

    @inline(__always)
    private func child(of node: Int, _ scalar: UInt32) -> Int {
        if node == 0 && scalar < UInt32(Self.rootTableSize) { return Int(rootTable[Int(scalar)]) }
        var low = Int(nodes[node].firstChild)
        var high = low + Int(nodes[node].childCount)
        // Children are sorted by scalar: binary search down to a short run, then scan it.
        while high - low > 8 {
            let middle = (low + high) / 2
            if nodes[middle].scalar <= scalar { low = middle } else { high = middle }
        }
        while low < high {
            let s = nodes[low].scalar
            if s == scalar { return low }
            if s > scalar { return 0 }
            low += 1
        }
        return 0
    }

    /// Calls `body(end, lists)` for every entry starting at `start` in `scalars`, shortest
    /// first, with the set of lists it belongs to (bit `l` for list `l`). Offsets are
    /// scalar offsets of `scalars`.
    @inline(__always)
    func forEachMatch(in scalars: [Unicode.Scalar], at start: Int, _ body: (_ end: Int, _ lists: UInt32) -> Void) {
        var node = 0
        var i = start
        while i < scalars.count {
            node = child(of: node, scalars[i].value)
            if node == 0 { return }
            i += 1
            let mask = nodes[node].lists
            if mask != 0 { body(i, mask) }
        }
    }

    /// The end of the longest entry starting at `start`, if any.
    func longestMatchEnd(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var end: Int?
        forEachMatch(in: scalars, at: start) { matchEnd, _ in end = matchEnd }
        return end
    }
}
