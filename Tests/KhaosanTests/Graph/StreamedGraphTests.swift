import Foundation
import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanResolve
@testable import KhaosanGraph

/// The streamed graph (`build`/`merge`: annotations written from the extractions) against
/// the node-based `KnowledgeGraph` (one `GraphAnnotation` per mention) on random extractions
/// with the awkward cases: ids that are prefixes of each other or need percent-encoding,
/// offsets of different digit counts (string order ≠ numeric order), two mentions on one
/// range, mentions stored out of range order, attributes that link entities.
@Suite struct StreamedGraphTests {
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

    @Test func streamedBytesEqualNodeBasedBytesOnRandomExtractions() {
        var g = SeededGenerator(seed: 20_261_121)
        for _ in 0..<60 {
            let extractions = (0..<Int.random(in: 0...10, using: &g)).map { _ in Self.randomExtraction(&g) }
            let streamed = StreamedGraph.build(from: extractions)
            let nodeBased = KnowledgeGraph.build(from: extractions)
            #expect(streamed.mentionCount == nodeBased.annotations.count)
            let writer = JSONLDWriter()
            #expect(writer.data(for: streamed) == writer.data(for: nodeBased))
            #expect(writer.data(for: streamed) == writer.data(for: streamed.knowledgeGraph))
        }
    }

    @Test func summaryOfTheStreamedGraphEqualsTheNodeBasedOne() {
        var g = SeededGenerator(seed: 7)
        let extractions = (0..<12).map { _ in Self.randomExtraction(&g) }
        let streamed = GraphSummary(StreamedGraph.build(from: extractions), top: 5)
        let nodeBased = GraphSummary(KnowledgeGraph.build(from: extractions), top: 5)
        #expect(streamed.lines == nodeBased.lines)
        #expect(streamed.rows.map(\.mentions).reduce(0, +) == KnowledgeGraph.build(from: extractions).annotations.count)
    }

    @Test func annotationsComeInIDStringOrder() throws {
        let doc = DocumentExtraction(id: "a", metadata: DocumentMetadata(), contentHash: "a", sourceLength: 200, mentions: [
            Mention(range: ScalarRange(5, 10), label: .place, text: "พะเยา", source: "test"),
            Mention(range: ScalarRange(10, 15), label: .place, text: "พะเยา", source: "test"),
            Mention(range: ScalarRange(100, 105), label: .place, text: "พะเยา", source: "test"),
        ])
        let text = String(decoding: JSONLDWriter().data(for: StreamedGraph.build(from: [doc])), as: UTF8.self)
        let order = ["#char=10,15", "#char=100,105", "#char=5,10"].map { text.range(of: "doc/a\($0)\"")!.lowerBound }
        #expect(order == order.sorted())
    }
}
