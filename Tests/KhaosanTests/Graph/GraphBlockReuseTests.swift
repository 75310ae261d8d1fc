import Foundation
import Testing
@testable import KhaosanCore
import KhaosanIO
@testable import KhaosanGraph

/// Incremental graph writing (`GraphBlockReuse`, `GraphBlockIndex`): a graph written over the
/// graph of fewer articles, copying the unchanged ones, has the bytes of a graph written from
/// scratch — for random articles added in random orders and batches, where later articles
/// change the entity IRIs (earlier dates, other names) that earlier articles' annotations carry.
@Suite struct GraphBlockReuseTests {
    static let texts: [(String, MentionLabel)] = [
        ("นายสมชาย ใจดี", .person), ("นายสมชาย", .person), ("ดร.สมหญิง รักไทย", .person),
        ("มหาวิทยาลัยพะเยา", .organization), ("ม.พะเยา", .organization), ("UNESCO", .organization),
        ("องค์การยูเนสโก", .organization), ("จังหวัดพะเยา", .place), ("พะเยา", .place), ("กรุงเทพ \"มหานคร\"", .place),
        ("2 กันยายน 2565", .date), ("งานวันเด็ก: ครั้งที่ 1", .event),
    ]
    static let ids = ["a", "a-1", "a b", "a%2", "ข่าว-1", "b", "b.1", "a_", "Z", "n7", "n70", "n8"]

    /// Article `number` of a random archive: a few mentions of the shared names, a random date
    /// (an earlier one moves an entity's id key to this article's spelling).
    static func article(_ number: Int, _ g: inout SeededGenerator) -> DocumentExtraction {
        var mentions: [Mention] = []
        for _ in 0..<Int.random(in: 0...6, using: &g) {
            let (text, label) = texts.randomElement(using: &g)!
            let start = Int.random(in: 0...40, using: &g) * 7
            var mention = Mention(range: ScalarRange(start, start + text.unicodeScalars.count), label: label, text: text,
                                  value: label == .date ? "2022-09-02" : nil, source: "test")
            if text == "ม.พะเยา" { mention.attributes[MentionAttribute.longForm] = "มหาวิทยาลัยพะเยา" }
            if text == "UNESCO" && Bool.random(using: &g) { mention.attributes[MentionAttribute.alternateName] = "องค์การยูเนสโก" }
            mentions.append(mention)
        }
        let id = number < ids.count ? ids[number] : "n\(number)"
        let date = ["2021-03-0\(Int.random(in: 1...9, using: &g))", "2022-01-02", nil].randomElement(using: &g)!
        return DocumentExtraction(id: id, metadata: DocumentMetadata(title: "ข่าว \(id)", datePublished: date),
                                  contentHash: id, sourceLength: 2_000, mentions: mentions)
    }

    /// Writes the graph of `extractions` to `path` as `build` does (reusing the graph there and
    /// saving the block index); returns the bytes and the reuse's counters.
    static func write(_ extractions: [DocumentExtraction], to path: String, pretty: Bool = true)
        throws -> (bytes: Data, copied: Int, formatted: Int) {
        let graph = KnowledgeGraph.build(from: extractions)
        let writer = JSONLDWriter(pretty: pretty)
        let reuse = GraphBlockReuse(graphPath: path, index: GraphBlockIndex.current(besideGraph: path), pretty: pretty)
        var bytes = Data()
        writer.stream(graph, reusing: reuse, chunkSize: 1 << 12) { bytes.append(contentsOf: $0) }
        try AtomicFile.write(bytes, to: path)
        GraphBlockIndex.save(pretty: pretty, blocks: reuse.written, besideGraph: path)
        return (bytes, reuse.copied, reuse.formatted)
    }

    static func temporaryGraphPath() throws -> String {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("khaosan-blocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("graph.jsonld").path
    }

    @Test(arguments: [true, false])
    func addingArticlesInRandomBatchesGivesTheBytesOfACleanWrite(pretty: Bool) throws {
        var g = SeededGenerator(seed: 17)
        var copied = 0, reformattedOld = 0
        for _ in 0..<12 {
            let archive = (0..<Int.random(in: 8...30, using: &g)).map { Self.article($0, &g) }.shuffled(using: &g)
            let path = try Self.temporaryGraphPath()
            var present: [DocumentExtraction] = []
            var rest = archive[...]
            while !rest.isEmpty {
                let batch = rest.prefix(Int.random(in: 1...max(1, rest.count / 2), using: &g))
                rest = rest.dropFirst(batch.count)
                present += batch
                let clean = JSONLDWriter(pretty: pretty).data(for: KnowledgeGraph.build(from: present.shuffled(using: &g)))
                let written = try Self.write(present, to: path, pretty: pretty)
                #expect(written.bytes == clean)
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == clean)
                copied += written.copied
                // Articles written again though they were there before: their entities' IRIs changed.
                reformattedOld += max(0, written.formatted - batch.filter { !$0.mentions.isEmpty }.count)
            }
        }
        #expect(copied > 100)   // the unchanged articles were copied, not formatted
        #expect(reformattedOld > 0)   // and some that had been written before changed
    }

    @Test func anEditedGraphFileIsNotReused() throws {
        var g = SeededGenerator(seed: 3)
        let archive = (0..<20).map { Self.article($0, &g) }
        let path = try Self.temporaryGraphPath()
        _ = try Self.write(Array(archive.prefix(15)), to: path)
        #expect(GraphBlockIndex.current(besideGraph: path) != nil)
        // Another program edits the graph in place: its index no longer describes it.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes.insert(0x20, at: bytes.count - 2)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(GraphBlockIndex.current(besideGraph: path) == nil)
        let written = try Self.write(archive, to: path)
        #expect(written.copied == 0)
        #expect(written.bytes == JSONLDWriter().data(for: KnowledgeGraph.build(from: archive)))
    }

    @Test func theIndexReadsBackAndRejectsDamage() throws {
        var g = SeededGenerator(seed: 5)
        let path = try Self.temporaryGraphPath()
        _ = try Self.write((0..<10).map { Self.article($0, &g) }, to: path)
        let index = try #require(GraphBlockIndex.current(besideGraph: path))
        #expect(GraphBlockIndex(bytes: index.bytes) == index)
        #expect(!index.blocks.isEmpty)
        var damaged = index.bytes
        damaged[damaged.count / 2] ^= 0x01
        #expect(GraphBlockIndex(bytes: damaged) == nil)
        #expect(GraphBlockIndex(bytes: Array(index.bytes.dropLast())) == nil)
        // Each block starts with its article node and ends with its last annotation.
        let graph = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        for (iri, block) in index.blocks {
            let bytes = graph[block.offset..<(block.offset + block.length)]
            #expect(bytes.starts(with: Array(#"{"@id":""#.utf8) + Array(iri.utf8) + [0x22]))
            #expect(bytes.last == UInt8(ascii: "}"))
        }
    }
}
