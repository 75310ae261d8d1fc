import KhaosanCore

/// A set of scalar ranges (any offsets: source or normalised, as long as one index holds one
/// kind) answering "which of them overlap or lie within this range?" in time proportional to
/// the ranges near the query instead of a scan of all of them: the offset line is cut into
/// blocks of `blockWidth` scalars and each range is listed in every block it touches (an empty
/// range `[c, c)` in the block of `c`). Answers are exact: candidates from the blocks are
/// tested with `ScalarRange.overlaps` / `contains`, so the results equal those of a linear
/// scan, in the same (insertion) order.
///
/// Ranges are identified by their insertion number; a range may be replaced (`update`) or
/// removed. Memory: one entry per range per touched block, plus one list per block up to the
/// largest offset inserted (offset / 64). A class so that queries (which count their work)
/// need no `inout`; not thread-safe (one per document and stage).
final class SpanOverlapIndex {
    /// Scalars per block.
    static let blockWidth = 64
    private var blocks: [[Int32]] = []
    /// The range of each id; nil once removed.
    private(set) var ranges: [ScalarRange?] = []
    /// Candidate tests made by queries since creation: a work counter for complexity tests
    /// (added to `ExtractionWork.current`, if set, when the index is released).
    private(set) var candidateTests = 0

    init() {}

    /// An index of `ranges`, ids = their positions in the array.
    init<S: Sequence>(_ ranges: S) where S.Element == ScalarRange {
        for range in ranges { insert(range) }
    }

    deinit { ExtractionWork.current?.add(candidateTests) }

    /// Number of ids given out (removed ones included).
    var count: Int { ranges.count }

    /// Adds `range`; returns its id (0, 1, 2, … in insertion order).
    @discardableResult
    func insert(_ range: ScalarRange) -> Int {
        let id = ranges.count
        ranges.append(range)
        register(id, range)
        return id
    }

    /// Replaces the range of `id` (the old blocks keep a stale entry, skipped by the exact test).
    func update(_ id: Int, to range: ScalarRange) {
        ranges[id] = range
        register(id, range)
    }

    /// Removes `id` from every later answer.
    func remove(_ id: Int) { ranges[id] = nil }

    /// Whether any live range overlaps `range` (`ScalarRange.overlaps`).
    func overlapsAny(_ range: ScalarRange) -> Bool {
        firstID(near: range) { $0.overlaps(range) } != nil
    }

    /// The smallest live id whose range satisfies `test`, among the ranges that overlap
    /// or lie within `range` (any range that does either is a candidate; `test` decides).
    func firstID(near range: ScalarRange, where test: (ScalarRange) -> Bool) -> Int? {
        var best: Int?
        forEachID(near: range) { id, candidate in
            if test(candidate), id < best ?? Int.max { best = id }
        }
        return best
    }

    /// The live ids, in increasing order, whose range satisfies `test`, among the ranges that
    /// overlap or lie within `range`.
    func ids(near range: ScalarRange, where test: (ScalarRange) -> Bool) -> [Int] {
        var found: [Int] = []
        forEachID(near: range) { id, candidate in if test(candidate) { found.append(id) } }
        return Array(Set(found)).sorted()
    }

    /// Calls `body` for each live range listed in a block that `range` touches (a range can be
    /// listed more than once). Every range that overlaps `range` or lies within it is visited.
    private func forEachID(near range: ScalarRange, _ body: (Int, ScalarRange) -> Void) {
        guard !blocks.isEmpty else { return }
        let first = Self.block(range.start)
        let last = min(Self.block(range.end), blocks.count - 1)
        guard first <= last else { return }
        var tests = 0
        for b in first...last {
            for id in blocks[b] {
                guard let candidate = ranges[Int(id)] else { continue }
                tests += 1
                body(Int(id), candidate)
            }
        }
        candidateTests += tests
    }

    private static func block(_ offset: Int) -> Int { offset <= 0 ? 0 : offset / blockWidth }

    private func register(_ id: Int, _ range: ScalarRange) {
        let first = Self.block(range.start)
        let last = range.isEmpty ? first : Self.block(range.end - 1)
        if last >= blocks.count { blocks += Array(repeating: [], count: last + 1 - blocks.count) }
        for b in first...last where blocks[b].last != Int32(id) { blocks[b].append(Int32(id)) }
    }
}
