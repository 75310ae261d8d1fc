import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanBatch

@Suite struct ExtractionSetTests {
    /// A random extraction; ids come from a small pool so that duplicates with
    /// different content (and different read locations) are frequent.
    private func randomExtraction(_ g: inout SeededGenerator) -> DocumentExtraction {
        let id = "doc-\(Int.random(in: 0..<12, using: &g))"
        let labels = MentionLabel.allCases
        var start = 0
        let mentions = (0..<Int.random(in: 0...3, using: &g)).map { _ -> Mention in
            start += Int.random(in: 0...5, using: &g)
            let end = start + Int.random(in: 1...4, using: &g)
            defer { start = end }
            return Mention(range: ScalarRange(start, end), label: labels.randomElement(using: &g)!,
                           text: ["พะเยา", "ม.พะเยา", "2565"].randomElement(using: &g)!,
                           value: Bool.random(using: &g) ? "2022-09-02" : nil,
                           confidence: [1.0, 0.9, 0.75].randomElement(using: &g)!, source: "test")
        }
        let metadata = DocumentMetadata(title: Bool.random(using: &g) ? "ข่าว" : nil,
                                        source: "part-\(Int.random(in: 0..<3, using: &g)).jsonl:\(Int.random(in: 1..<9, using: &g))")
        return DocumentExtraction(id: id, metadata: metadata, contentHash: String(Int.random(in: 0..<3, using: &g)),
                                  sourceLength: 40, mentions: mentions)
    }

    private func randomSet(_ g: inout SeededGenerator) -> ExtractionSet {
        ExtractionSet((0..<Int.random(in: 0...15, using: &g)).map { _ in randomExtraction(&g) })
    }

    @Test(arguments: [1, 2, 3, 42, 2026] as [UInt64])
    func unionIsAssociativeCommutativeAndIdempotent(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        for _ in 0..<60 {
            let (a, b, c) = (randomSet(&g), randomSet(&g), randomSet(&g))
            #expect(a.union(b) == b.union(a))
            #expect(a.union(b).union(c) == a.union(b.union(c)))
            #expect(a.union(a) == a)
            #expect(a.union(b).union(b) == a.union(b))
        }
    }

    @Test(arguments: [5, 6, 7] as [UInt64])
    func graphBytesDoNotDependOnOrderOrSharding(seed: UInt64) throws {
        var g = SeededGenerator(seed: seed)
        let all = (0..<80).map { _ in randomExtraction(&g) }
        let whole = GraphOutput.data(for: all)
        #expect(GraphOutput.data(for: all.shuffled(using: &g)) == whole)
        // Shards with overlaps, merged in another order, as `merge` does.
        let shards = (0..<4).map { _ in all.filter { _ in Bool.random(using: &g) } }
        let rest = all.filter { extraction in !shards.contains { $0.contains(extraction) } }
        let merged = ([ExtractionSet(rest)] + shards.map { ExtractionSet($0) }).shuffled(using: &g)
            .reduce(ExtractionSet()) { $0.union($1) }
        #expect(GraphOutput.data(for: Array(merged.byID.values)) == whole)
    }

    @Test func duplicateIdKeepsTheExtractionWhoseContentSortsFirstWhereverItWasRead() {
        let a = DocumentExtraction(id: "x", metadata: DocumentMetadata(source: "z.jsonl:1"), contentHash: "a",
                                   sourceLength: 1, mentions: [])
        let b = DocumentExtraction(id: "x", metadata: DocumentMetadata(source: "a.jsonl:1"), contentHash: "b",
                                   sourceLength: 1, mentions: [])
        #expect(ExtractionSet([a, b]).byID["x"] == a)
        #expect(ExtractionSet([b, a]).byID["x"] == a)
        var set = ExtractionSet([a])
        #expect(set.insert(b) == .keptConflicting)
        var moved = a
        moved.metadata.source = "elsewhere:3"
        #expect(set.insert(moved) == .duplicate)
        #expect(set.insert(a) == .duplicate)
    }

    @Test func graphOutputIsSortedByIdAndLeavesOutWhereDocumentsWereRead() throws {
        let one = DocumentExtraction(id: "b", metadata: DocumentMetadata(source: "in.jsonl:2"), contentHash: "h",
                                     sourceLength: 0, mentions: [])
        let two = DocumentExtraction(id: "a", metadata: DocumentMetadata(source: "in.jsonl:1"), contentHash: "h",
                                     sourceLength: 0, mentions: [])
        let text = String(decoding: GraphOutput.data(for: [one, two]), as: UTF8.self)
        let a = try #require(text.range(of: "/doc/a\""))
        let b = try #require(text.range(of: "/doc/b\""))
        #expect(a.lowerBound < b.lowerBound)
        #expect(!text.contains("in.jsonl"))
    }
}
