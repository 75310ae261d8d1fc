import Foundation
@testable import Khaosan
@testable import KhaosanTraining

/// A small graph gold registry, three articles and a hand-written graph of them, with scores
/// worked out by hand (see `GraphEvaluatorTests`):
/// - d1: "พล.อ." + PERSON E4 (title before the name, one ICU token "พล.อ.ประยุทธ์"), PLACE E1
///   "ประเทศลาว" (its variant "ลาว" inside it is not scored), ORG E3 "กรมทางหลวงชนบท" (E2
///   "กรมทางหลวง" inside it is not scored), "ศาลาว่าการ" (no "ลาว": not on a word boundary);
/// - d2: E4 on a second node (split), "ราชบุรี" inside the ORG mention "อาคารราชบุรีดิเรกฤทธิ์"
///   (nested: not scored), PLACE E5 "จังหวัดราชบุรี", ORG E2 on E3's node (mix);
/// - d3: E4 written with two spaces, E3 with a PLACE mention (missed), E5 without a mention (missed).
enum GraphGoldFixture {
    static let registryLines = [
        #"{"id": "E1", "label": "PLACE", "name": "ประเทศลาว", "variants": ["ลาว", "ประเทศลาว"], "ambiguous": []}"#,
        #"{"id": "E2", "label": "ORG", "name": "กรมทางหลวง", "variants": ["กรมทางหลวง"], "ambiguous": []}"#,
        #"{"id": "E3", "label": "ORG", "name": "กรมทางหลวงชนบท", "variants": ["กรมทางหลวงชนบท"], "ambiguous": ["ทช."]}"#,
        #"{"id": "E4", "label": "PERSON", "name": "ประยุทธ์ จันทร์โอชา", "variants": ["ประยุทธ์ จันทร์โอชา"], "ambiguous": []}"#,
        #"{"id": "E5", "label": "PLACE", "name": "ราชบุรี", "variants": ["ราชบุรี", "จังหวัดราชบุรี"], "ambiguous": []}"#,
    ]

    static let documents: [(id: String, text: String)] = [
        ("d1", "พล.อ.ประยุทธ์ จันทร์โอชา เดินทางไปประเทศลาว พร้อมเจ้าหน้าที่กรมทางหลวงชนบท ที่ศาลาว่าการกลาโหม"),
        ("d2", "นายกฯ ประยุทธ์ จันทร์โอชา ประชุมที่อาคารราชบุรีดิเรกฤทธิ์ และที่จังหวัดราชบุรี กับกรมทางหลวง"),
        ("d3", "ประยุทธ์  จันทร์โอชา พบเจ้าหน้าที่กรมทางหลวงชนบท ในราชบุรี"),
    ]

    /// (document, mention text, label, node): the system's mentions.
    static let mentions: [(document: String, text: String, label: String, node: String)] = [
        ("d1", "พล.อ.ประยุทธ์ จันทร์โอชา", "PERSON", "person/p1"),
        ("d1", "ประเทศลาว", "PLACE", "place/l1"),
        ("d1", "กรมทางหลวงชนบท", "ORG", "org/o1"),
        ("d1", "เดินทาง", "DATE", "date/x"),   // not PERSON, ORG or PLACE: ignored
        ("d2", "ประยุทธ์ จันทร์โอชา", "PERSON", "person/p2"),
        ("d2", "อาคารราชบุรีดิเรกฤทธิ์", "ORG", "org/o2"),
        ("d2", "จังหวัดราชบุรี", "PLACE", "place/l2"),
        ("d2", "กรมทางหลวง", "ORG", "org/o1"),
        ("d3", "ประยุทธ์  จันทร์โอชา", "PERSON", "person/p1"),
        ("d3", "กรมทางหลวงชนบท", "PLACE", "place/l3"),
    ]

    static let base = "https://example.org/khaosan/"

    /// Scalar range of the first `needle` in `text`.
    static func range(of needle: String, in text: String) -> ScalarRange {
        let scalars = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        let start = (0...(scalars.count - n.count)).first { scalars[$0..<($0 + n.count)].elementsEqual(n) }!
        return ScalarRange(start, start + n.count)
    }

    /// The graph in `JSONLDWriter`'s layout: one node per line, keys sorted.
    static func graph() -> String {
        var lines: [String] = []
        for m in mentions {
            let text = documents.first { $0.id == m.document }!.text
            let r = range(of: m.text, in: text)
            lines.append(#"{"@id":"\#(base)doc/\#(m.document)#char=\#(r.start),\#(r.end)","@type":"oa:Annotation","khaosan:label":"\#(m.label)","oa:hasBody":{"@id":"\#(base)\#(m.node)"},"oa:motivatedBy":{"@id":"oa:identifying"}}"#)
        }
        for node in Set(mentions.map(\.node)).sorted() {
            lines.append(#"{"@id":"\#(base)\#(node)","@type":"Thing","name":{"th":"name of \#(node)"}}"#)
        }
        lines.sort()
        return "{\n  \"@context\": {},\n  \"@graph\": [\n" + lines.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    static var registry: GoldRegistry {
        GoldRegistry(entities: registryLines.map { try! JSONDecoder().decode(GoldEntity.self, from: Data($0.utf8)) })
    }

    /// Writes entities.jsonl, graph.jsonld and docs.jsonl into `directory`.
    static func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try (registryLines.joined(separator: "\n") + "\n").write(toFile: directory + "/entities.jsonl", atomically: true, encoding: .utf8)
        try graph().write(toFile: directory + "/graph.jsonld", atomically: true, encoding: .utf8)
        let docs = try documents.map { d in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": d.id, "text": d.text]), as: UTF8.self)
        }
        try (docs.joined(separator: "\n") + "\n").write(toFile: directory + "/docs.jsonl", atomically: true, encoding: .utf8)
    }
}
