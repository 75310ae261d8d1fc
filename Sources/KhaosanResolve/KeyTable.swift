import KhaosanCore

/// Dense ids for (label, key) pairs, with their union-find.
struct KeyTable {
    /// Node ids by key, one table per label (indexed like `NameCache.labelIndex`).
    /// Keys compare as `String`s (canonical equivalence), so two spellings of one key share
    /// a node; the same ids by exact bytes answer the common repeat without `String`'s
    /// normalising hash.
    private var ids: [[String: Int]] = Array(repeating: [:], count: MentionLabel.allCases.count)
    private var exactIDs: [[ExactString: Int]] = Array(repeating: [:], count: MentionLabel.allCases.count)
    private var labels: [MentionLabel] = []
    private(set) var texts: [String] = []
    private var sets = UnionFind()

    mutating func node(_ label: MentionLabel, _ key: String) -> Int {
        let table = NameCache.labelIndex(label)
        let exact = ExactString(key)
        if let id = exactIDs[table][exact] { return id }
        if let id = ids[table][key] {
            exactIDs[table][exact] = id
            return id
        }
        let id = sets.add()
        ids[table][key] = id
        exactIDs[table][exact] = id
        labels.append(label)
        texts.append(key)
        return id
    }

    func label(of node: Int) -> MentionLabel { labels[node] }
    func key(of node: Int) -> String { texts[node] }
    var count: Int { texts.count }
    mutating func find(_ node: Int) -> Int { sets.find(node) }
    mutating func union(_ a: Int, _ b: Int) { sets.union(a, b) }
}
