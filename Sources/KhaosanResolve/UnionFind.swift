/// Disjoint sets over dense integer ids, with path halving and union by a
/// deterministic rule (the smaller id becomes the root), so the partition —
/// and every root — depends only on the set of unions, not their order.
struct UnionFind {
    private var parent: [Int] = []

    /// Adds a singleton set and returns its id.
    mutating func add() -> Int {
        parent.append(parent.count)
        return parent.count - 1
    }

    var count: Int { parent.count }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
