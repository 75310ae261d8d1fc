import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct SpanOverlapIndexTests {
    @Test func overlapSearch() {
        let taken = SpanOverlapIndex([ScalarRange(0, 10), ScalarRange(2, 3), ScalarRange(20, 25)])
        #expect(taken.overlapsAny(ScalarRange(9, 12)))
        #expect(!taken.overlapsAny(ScalarRange(10, 20)))
        #expect(taken.overlapsAny(ScalarRange(24, 30)))
        #expect(!taken.overlapsAny(ScalarRange(25, 30)))
        #expect(taken.overlapsAny(ScalarRange(5, 5)))     // an empty range strictly inside one
        #expect(!taken.overlapsAny(ScalarRange(10, 10)))
    }

    /// Random ranges (empty, long, across blocks, replaced and removed ones): every answer equals
    /// that of a linear scan over the live ranges.
    @Test func answersEqualALinearScan() {
        var random = SplitMix64(seed: 7)
        let index = SpanOverlapIndex()
        var live: [ScalarRange?] = []
        func randomRange() -> ScalarRange {
            let start = Int(random.next() % 700)
            let length = random.next() % 5 == 0 ? Int(random.next() % 300) : Int(random.next() % 12)
            return ScalarRange(start, start + length)
        }
        for step in 0..<3_000 {
            switch random.next() % 10 {
            case 0 where !live.isEmpty:
                let id = Int(random.next() % UInt64(live.count))
                index.remove(id); live[id] = nil
            case 1 where !live.isEmpty:
                let id = Int(random.next() % UInt64(live.count))
                guard live[id] != nil else { continue }
                let range = randomRange()
                index.update(id, to: range); live[id] = range
            default:
                let range = randomRange()
                #expect(index.insert(range) == live.count)
                live.append(range)
            }
            let query = randomRange()
            let overlapping = live.indices.filter { live[$0]?.overlaps(query) ?? false }
            #expect(index.overlapsAny(query) == !overlapping.isEmpty, "step \(step)")
            #expect(index.firstID(near: query) { $0.overlaps(query) } == overlapping.first, "step \(step)")
            let inside = live.indices.filter { live[$0].map(query.contains) ?? false }
            #expect(index.ids(near: query, where: query.contains) == inside, "step \(step)")
        }
    }

    /// The work of a query depends on the ranges near it, not on how many there are.
    @Test func queryWorkDoesNotGrowWithTheNumberOfRanges() {
        func work(ranges: Int) -> Int {
            let index = SpanOverlapIndex((0..<ranges).map { ScalarRange($0 * 10, $0 * 10 + 5) })
            for q in stride(from: 0, to: ranges * 10, by: 97) { _ = index.overlapsAny(ScalarRange(q, q + 3)) }
            return index.candidateTests
        }
        let small = work(ranges: 1_000), large = work(ranges: 16_000)
        // 16× the ranges and 16× the queries: about 16× the tests (a scan would be 256×).
        #expect(large <= small * 20)
        #expect(large >= small * 12)
    }
}
