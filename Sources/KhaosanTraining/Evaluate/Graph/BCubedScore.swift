/// B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga & Baldwin
/// 1998), from the number of items in each (gold cluster, system cluster) cell:
/// - precision: the mean over items of the share of the item's system cluster that is in
///   its gold cluster (falls when a system cluster mixes gold clusters);
/// - recall: the mean over items of the share of the item's gold cluster that is in its
///   system cluster (falls when a gold cluster is split).
/// Both are 0 when there are no items.
public struct BCubedScore: Hashable, Codable, Sendable {
    public var precision: Double
    public var recall: Double
    /// Number of items scored.
    public var items: Int

    /// Harmonic mean of precision and recall.
    public var f1: Double

    public init(precision: Double, recall: Double, items: Int) {
        self.precision = precision
        self.recall = recall
        self.items = items
        self.f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// - Parameter cells: (gold cluster, system cluster, number of items in both), each pair once.
    public init<Gold: Hashable, System: Hashable>(cells: [(gold: Gold, system: System, count: Int)]) {
        var goldSize: [Gold: Int] = [:], systemSize: [System: Int] = [:]
        var items = 0
        for cell in cells {
            goldSize[cell.gold, default: 0] += cell.count
            systemSize[cell.system, default: 0] += cell.count
            items += cell.count
        }
        // Each of a cell's `count` items sees `count` items of its gold cluster in its system cluster:
        // precision sums count² / |system cluster|, recall count² / |gold cluster|. Squares are summed per
        // cluster exactly, and the per-cluster terms in sorted order, so the result does not depend on
        // the order of `cells` (same input, same bytes).
        var squaresBySystem: [System: Int] = [:], squaresByGold: [Gold: Int] = [:]
        for cell in cells {
            squaresBySystem[cell.system, default: 0] += cell.count * cell.count
            squaresByGold[cell.gold, default: 0] += cell.count * cell.count
        }
        let precision = squaresBySystem.map { Double($0.value) / Double(systemSize[$0.key]!) }.sorted().reduce(0, +)
        let recall = squaresByGold.map { Double($0.value) / Double(goldSize[$0.key]!) }.sorted().reduce(0, +)
        self.init(precision: items == 0 ? 0 : precision / Double(items), recall: items == 0 ? 0 : recall / Double(items),
                  items: items)
    }
}
