import Testing
@testable import Khaosan

/// Runs the person rules alone on one sentence; returns (surface, titles, given, family, role).
func personMentions(_ text: String, lexicon: Lexicon = Lexicon()) throws -> [Mention] {
    let pipeline = try ExtractionPipeline(extractors: [PersonExtractor(lexicon: lexicon)])
    let analyzed = try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text))
    return pipeline.mentions(in: analyzed)
}

@Suite struct PersonExtractorTests {
    @Test func titleGivenAndFamilyName() throws {
        // thainer-train-0003
        let found = try personMentions("ตามที่นางประนอม ทองจันทร์ กับ ด.ช.กิตติพงษ์ แหลมผักแว่น และ ด.ญ.กาญจนา กรองแก้ว ป่วยสงสัยติดเชื้อ")
        #expect(found.map(\.text) == ["นางประนอม ทองจันทร์", "ด.ช.กิตติพงษ์ แหลมผักแว่น", "ด.ญ.กาญจนา กรองแก้ว"])
        #expect(found.first?.range == ScalarRange(6, 25))
        #expect(found.first?.person == PersonNameParts(titles: ["นาง"], given: "ประนอม", family: "ทองจันทร์"))
    }
}
