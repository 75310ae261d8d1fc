import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanResolve
@testable import KhaosanGraph

/// The graph as `JSONLDWriter` streams it (annotations written from the extractions) against
/// the test oracle (`JSONLDTreeOracle`: one JSON value per node and annotation) on random extractions
/// with the awkward cases: ids that are prefixes of each other or need percent-encoding,
/// offsets of different digit counts (string order ≠ numeric order), two mentions on one
/// range, mentions stored out of range order, attributes that link entities.
@Suite struct KnowledgeGraphStreamingTests {
    static let ids = ["a", "a-1", "a b", "a%2", "ข่าว-1", "b", "b.1", "a_", "Z"]
    static let texts: [(String, MentionLabel)] = [
        ("นายสมชาย ใจดี", .person), ("นายสมชาย", .person), ("ดร.สมหญิง รักไทย", .person), ("สมหญิง", .person),
        ("มหาวิทยาลัยพะเยา", .organization), ("ม.พะเยา", .organization), ("UNESCO", .organization),
        ("กระทรวงการต่างประเทศ", .organization), ("จังหวัดพะเยา", .place), ("พะเยา", .place), ("กรุงเทพ \"มหานคร\"", .place),
        ("2 กันยายน 2565", .date), ("ปี 2565", .date), ("งานวันเด็ก: ครั้งที่ 1", .event),
    ]

    static func randomExtraction(_ g: inout SeededGenerator) -> DocumentExtraction {
        var mentions: [Mention] = []
        for _ in 0..<Int.random(in: 0...8, using: &g) {
            let (text, label) = texts.randomElement(using: &g)!
            let start = [0, 5, 9, 10, 95, 100, 1000, 99, 12].randomElement(using: &g)! + Int.random(in: 0...2, using: &g)
            var mention = Mention(range: ScalarRange(start, start + text.unicodeScalars.count), label: label, text: text,
                                  value: label == .date ? ["2022-09-02", "2022", "2022-09-02/2022-09-04"].randomElement(using: &g)! : nil,
                                  source: "test")
            if label == .organization && Bool.random(using: &g) { mention.attributes[MentionAttribute.location] = "พะเยา" }
            if text == "ม.พะเยา" { mention.attributes[MentionAttribute.longForm] = "มหาวิทยาลัยพะเยา" }
            if label == .person && Bool.random(using: &g) { mention.person = PersonTitles.parts(of: text) }
            mentions.append(mention)
            if Int.random(in: 0..<6, using: &g) == 0 {   // a second mention on the same range
                var other = mention
                other.label = label == .place ? .organization : .place
                mentions.append(other)
            }
        }
        if Bool.random(using: &g) { mentions.sort { $0.range < $1.range } }
        let id = ids.randomElement(using: &g)!
        return DocumentExtraction(id: id, metadata: DocumentMetadata(title: "ข่าว \(id)", datePublished: ["2022-01-02", nil].randomElement(using: &g)!),
                                  contentHash: id, sourceLength: 2_000, mentions: mentions)
    }

    @Test func streamedBytesEqualTheOracleBytesOnRandomExtractions() {
        var g = SeededGenerator(seed: 20_261_121)
        for _ in 0..<60 {
            let extractions = (0..<Int.random(in: 0...10, using: &g)).map { _ in Self.randomExtraction(&g) }
            let graph = KnowledgeGraph.build(from: extractions)
            #expect(graph.mentionCount == graph.annotations.count)
            for pretty in [true, false] {
                let writer = JSONLDWriter(pretty: pretty)
                #expect([UInt8](writer.data(for: graph)) == writer.oracleData(for: graph))
            }
        }
    }

    @Test func theReaderReadsBackRandomGraphs() throws {
        var g = SeededGenerator(seed: 11)
        for _ in 0..<20 {
            let extractions = (0..<Int.random(in: 1...10, using: &g)).map { _ in Self.randomExtraction(&g) }
            let graph = KnowledgeGraph.build(from: extractions)
            let data = JSONLDWriter().data(for: graph)
            let again = try GraphReader.read(data: data)
            #expect(again == graph)
            #expect(JSONLDWriter().data(for: again) == data)
        }
    }

    @Test func summaryCountsTheAnnotations() {
        var g = SeededGenerator(seed: 7)
        let extractions = (0..<12).map { _ in Self.randomExtraction(&g) }
        let graph = KnowledgeGraph.build(from: extractions)
        let summary = GraphSummary(graph, top: 5)
        let annotations = graph.annotations
        #expect(summary.rows.map(\.mentions).reduce(0, +) == annotations.count)
        for row in summary.rows {
            #expect(row.mentions == annotations.filter { $0.label == row.label }.count)
        }
        let perEntity = Dictionary(grouping: annotations, by: \.body).mapValues(\.count)
        #expect(summary.top.count == min(5, perEntity.count))
        for item in summary.top { #expect(item.mentions == perEntity[item.id]) }
    }

    @Test func annotationsComeInIDStringOrder() throws {
        let doc = DocumentExtraction(id: "a", metadata: DocumentMetadata(), contentHash: "a", sourceLength: 200, mentions: [
            Mention(range: ScalarRange(5, 10), label: .place, text: "พะเยา", source: "test"),
            Mention(range: ScalarRange(10, 15), label: .place, text: "พะเยา", source: "test"),
            Mention(range: ScalarRange(100, 105), label: .place, text: "พะเยา", source: "test"),
        ])
        let text = String(decoding: JSONLDWriter().data(for: KnowledgeGraph.build(from: [doc])), as: UTF8.self)
        let order = ["#char=10,15", "#char=100,105", "#char=5,10"].map { text.range(of: "doc/a\($0)\"")!.lowerBound }
        #expect(order == order.sorted())
    }
}
