import Foundation
import Khaosan

/// Resolve + emit on synthetic extractions: DOCS documents of 40 mentions each
/// (ORG / PERSON / PLACE in turn) drawn from 20,000 random organisation names
/// (a third with a place in the name), 20,000 people and 3,000 places. A fixed
/// seed makes runs comparable. Prints seconds for resolve alone, graph build
/// (which resolves again) and writing the JSON-LD file, and the file size.
@main struct GraphBench {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    static func main() throws {
        let arguments = CommandLine.arguments
        let count = arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000
        let output = arguments.count > 2 ? arguments[2] : NSTemporaryDirectory() + "graph-bench.jsonld"
        var rng = SplitMix(state: 42)
        let thai = Array("กขคงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาิีึืุูเแโใไ่้๊๋็ั")
        func word(_ length: Int) -> String { String((0..<length).map { _ in thai.randomElement(using: &rng)! }) }
        let places = (0..<3000).map { _ in word(5) }
        let heads = ["มหาวิทยาลัย", "กระทรวง", "สำนักงาน", "องค์การบริหารส่วนจังหวัด"]
        let organisations = (0..<20000).map { i in heads[i % 4] + word(8) + (i % 3 == 0 ? places[i % 3000] : "") }
        let people = (0..<20000).map { _ in "นาย" + word(5) + " " + word(7) }
        var documents: [DocumentExtraction] = []
        for d in 0..<count {
            var mentions: [Mention] = []
            var position = 0
            for k in 0..<40 {
                let (text, label): (String, MentionLabel) = k % 3 == 0 ? (organisations.randomElement(using: &rng)!, .organization)
                    : k % 3 == 1 ? (people.randomElement(using: &rng)!, .person) : (places.randomElement(using: &rng)!, .place)
                let length = text.unicodeScalars.count
                var mention = Mention(range: ScalarRange(position, position + length), label: label, text: text, source: "bench")
                if label == .person { mention.person = PersonTitles.parts(of: text) }
                mentions.append(mention)
                position += length + 5
            }
            documents.append(DocumentExtraction(id: "doc\(d)", metadata: DocumentMetadata(), contentHash: "\(d)",
                                                sourceLength: position, mentions: mentions))
        }
        let r0 = Date()
        let resolved = EntityResolver().resolve(documents)
        let r1 = Date()
        let graph = KnowledgeGraph.build(from: documents)
        let r2 = Date()
        try JSONLDWriter().write(graph, to: output)
        let r3 = Date()
        let size = (try FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print(String(format: "documents %d mentions %d entities %d resolve %.2fs build %.2fs write %.2fs bytes %d",
                     count, count * 40, resolved.entities.count, r1.timeIntervalSince(r0), r2.timeIntervalSince(r1),
                     r3.timeIntervalSince(r2), size))
    }
}
