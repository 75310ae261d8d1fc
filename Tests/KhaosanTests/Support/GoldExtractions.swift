import Foundation
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract
@testable import KhaosanResolve

/// Builds `DocumentExtraction`s from gold spans (`GoldDocument`'s format), standing in
/// for the extractors so the graph can be tested on exact mentions:
/// - PERSON parts split with `PersonTitles` (the PERSON extractor fills them for real);
/// - ORG "X (Y)" / "X หรือ Y" marked with `MentionAttribute` acronym/longForm/alias,
///   as the ORG extractor does;
/// - DATE values from `dateValues`, a table written by hand for the seed dates
///   (the gold has spans, not values; the DATE extractor computes them for real);
/// - relations found by the real `RelationExtractor` on the gold text.
enum GoldExtractions {
    struct GoldLine: Decodable {
        struct Span: Decodable { let start: Int; let end: Int; let label: String; let text: String? }
        let id: String
        let text: String
        let spans: [Span]
    }

    /// Hand-written values of the seed articles' DATE spans (surface → value, qualifier).
    static let dateValues: [String: (String, String?)] = [
        "16-18 พฤศจิกายน 2566": ("2023-11-16/2023-11-18", nil),
        "ปี 2030": ("2030", nil),
        "ปลายปี 2562": ("2019", "late"),
        "2 กันยายน 2565": ("2022-09-02", nil),
        "21 พฤศจิกายน 2564": ("2021-11-21", nil),
        "2 กันยายน พ.ศ. 2565": ("2022-09-02", nil),
    ]

    static func load(_ path: String = Repository.path("fixtures/gold/seeds.jsonl")) throws -> [DocumentExtraction] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            try extraction(JSONDecoder().decode(GoldLine.self, from: Data(line.utf8)))
        }
    }

    static func extraction(_ gold: GoldLine) -> DocumentExtraction {
        let document = Document(id: gold.id, source: gold.text)
        var mentions = gold.spans.compactMap { span -> Mention? in
            guard let label = MentionLabel(rawValue: span.label) else { return nil }
            let range = ScalarRange(span.start, span.end)
            var mention = Mention(range: range, label: label, text: document.sourceText(range), source: "gold")
            if label == .person { mention.person = PersonTitles.parts(of: mention.text) }
            if label == .date, let (value, qualifier) = dateValues[mention.text] {
                mention.value = value
                mention.qualifier = qualifier
            }
            return mention
        }.sorted { $0.range < $1.range }
        markDefinitions(&mentions, in: document)
        let relations = RelationExtractor().relations(in: document, mentions: mentions)
        return DocumentExtraction(id: gold.id, metadata: DocumentMetadata(), contentHash: "gold:\(gold.id)",
                                  sourceLength: document.sourceScalars.count, mentions: mentions, relations: relations)
    }

    /// "X (Y)" and "X หรือ Y" between consecutive ORG mentions.
    static func markDefinitions(_ mentions: inout [Mention], in document: Document) {
        let scalars = document.sourceScalars
        for i in mentions.indices.dropLast() {
            let a = mentions[i], b = mentions[i + 1]
            guard a.label == .organization, b.label == .organization else { continue }
            let between = document.sourceText(ScalarRange(a.range.end, b.range.start))
            let parenthesised = between == " (" && b.range.end < scalars.count && scalars[b.range.end] == ")"
            guard parenthesised || between.trimmingCharacters(in: .whitespaces) == "หรือ" else { continue }
            if NameKey.isAcronym(b.text) {
                mentions[i].attributes[MentionAttribute.acronym] = b.text
                mentions[i + 1].attributes[MentionAttribute.longForm] = a.text
            } else {
                mentions[i].attributes[MentionAttribute.alias] = b.text
                mentions[i + 1].attributes[MentionAttribute.alias] = a.text
            }
        }
    }

    /// Known entities for the seed tests (a stand-in for the bundled lexicons).
    static let seedLexicon: [KnownEntity] = [
        KnownEntity(label: .organization, name: "องค์การยูเนสโก", aliases: ["ยูเนสโก", "UNESCO"],
                    properties: ["en": "UNESCO", "wikidata": "Q7809"]),
        KnownEntity(label: .organization, name: "สหประชาชาติ", aliases: ["องค์การสหประชาชาติ", "United Nations", "UN"],
                    properties: ["en": "United Nations", "wikidata": "Q1065"]),
        KnownEntity(label: .organization, name: "โครงการพัฒนาแห่งสหประชาชาติ", aliases: ["UNDP"],
                    properties: ["en": "United Nations Development Programme"]),
        KnownEntity(label: .place, name: "ฮานอย", aliases: ["Hanoi"], properties: ["en": "Hanoi", "wikidata": "Q1858",
                                                                             "type": "City", "in": "เวียดนาม"]),
        KnownEntity(label: .place, name: "เวียดนาม", aliases: ["Vietnam"], properties: ["en": "Vietnam", "wikidata": "Q881",
                                                                                "type": "Country"]),
    ]
}
