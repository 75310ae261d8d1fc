import Testing
@testable import Khaosan

@Suite struct RelationLinkerTests {
    @Test func aDateRefinedByAnotherOfTheSameNodeIsDropped() {
        // "ITB Berlin 2025" in a headline gives 2025; the body's "4-6 มีนาคม 2568" gives 2025-03-04.
        let values: [GraphValue] = [.typed("2025", datatype: "xsd:gYear"), .typed("2025-03-04", datatype: "xsd:date")]
        #expect(RelationLinker.withoutSubsumedDates(values) == [.typed("2025-03-04", datatype: "xsd:date")])
    }

    @Test func unrelatedDatesAllStay() {
        let values: [GraphValue] = [.typed("2024", datatype: "xsd:gYear"), .typed("2025-03", datatype: "xsd:gYearMonth"),
                                    .typed("2025-03-04", datatype: "xsd:date")]
        #expect(RelationLinker.withoutSubsumedDates(values) == [values[0], values[2]])
    }
}

/// A place written inside an organisation's name becomes its location only as a word of the name.
@Suite struct RelationLinkerPlaceInNameTests {
    /// The location names of each ORG of a graph built from one document with `text` and `spans`.
    static func locations(_ text: String, _ spans: [(String, MentionLabel)]) -> [String: [String]] {
        var mentions: [Mention] = []
        for (surface, label) in spans {
            let found = text.range(of: surface)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            mentions.append(Mention(range: ScalarRange(start, start + surface.unicodeScalars.count), label: label,
                                    text: surface, source: "test"))
        }
        let extraction = DocumentExtraction(id: "d", metadata: DocumentMetadata(), contentHash: "",
                                            sourceLength: text.unicodeScalars.count, mentions: mentions.sorted { $0.range < $1.range })
        let graph = KnowledgeGraph.build(from: [extraction])
        var result: [String: [String]] = [:]
        for node in graph.nodes where node.label == .organization {
            result[node.names["th"] ?? node.names["en"] ?? node.id] = (node.properties["location"] ?? []).compactMap {
                graph.node($0.string).flatMap { $0.names["th"] ?? $0.names["en"] } }
        }
        return result
    }

    @Test func aPlaceInsideAWordOfTheNameIsNotItsLocation() {
        // thaigov corpus: Krungthai Bank is not "located in ไทย" by its name, nor is the Interior Ministry.
        let text = "ธนาคารกรุงไทย และกระทรวงมหาดไทย ร่วมกับการท่องเที่ยวแห่งประเทศไทย มหาวิทยาลัยพะเยา คณะกรรมการโอลิมปิคแห่งประเทศไทยฯ "
            + "และสภาวัฒนธรรมกรุงเทพมหานคร ณ ประเทศไทย จังหวัดพะเยา กรุงเทพมหานคร"
        let found = Self.locations(text, [("ธนาคารกรุงไทย", .organization), ("กระทรวงมหาดไทย", .organization),
                                          ("การท่องเที่ยวแห่งประเทศไทย", .organization), ("มหาวิทยาลัยพะเยา", .organization),
                                          ("คณะกรรมการโอลิมปิคแห่งประเทศไทยฯ", .organization),
                                          ("สภาวัฒนธรรมกรุงเทพมหานคร", .organization), ("ประเทศไทย", .place),
                                          ("จังหวัดพะเยา", .place), ("กรุงเทพมหานคร", .place)])
        #expect(found["ธนาคารกรุงไทย"] == [])
        #expect(found["กระทรวงมหาดไทย"] == [])
        #expect(found["การท่องเที่ยวแห่งประเทศไทย"] == ["ประเทศไทย"])
        #expect(found["มหาวิทยาลัยพะเยา"] == ["จังหวัดพะเยา"])
        #expect(found["คณะกรรมการโอลิมปิคแห่งประเทศไทยฯ"] == ["ประเทศไทย"])
        #expect(found["สภาวัฒนธรรมกรุงเทพมหานคร"] == ["กรุงเทพมหานคร"])
    }

    @Test func latinNamesMatchWholeWords() {
        let found = Self.locations("Bank of China and Ministry of Finance in China and Nan",
                                   [("Bank of China", .organization), ("Ministry of Finance", .organization),
                                    ("China", .place), ("Nan", .place)])
        #expect(found["Bank of China"]?.isEmpty == false)
        #expect(found["Ministry of Finance"] == [])
    }
}
