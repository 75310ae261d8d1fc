import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct CountryNationalityValidatorTests {
    let validator = CountryNationalityValidator.bundled

    /// A PLACE mention of `name` (from `source`) at its first occurrence in `sentence`: whether the validator keeps it.
    func keeps(_ name: String, in sentence: String, source: String = "tagger") throws -> Bool {
        let text = Array(sentence.unicodeScalars), scalars = Array(name.unicodeScalars)
        let start = try #require(text.indices.first { text.matches(scalars, at: $0) })
        let mention = Mention(range: ScalarRange(start, start + scalars.count), label: .place, text: name, source: source)
        return !validator.filter([mention], text: text).isEmpty
    }

    @Test func aCountryAfterALanguageOrAncestryNounIsNoPlace() throws {
        // thaigov-92903, thaigov-92760 (public domain): the Japanese language, Thais of Chinese descent; tagger
        // PLACEs before (ThaiNER TRAIN leaves a country after ภาษา unlabelled 16 of 16 times).
        #expect(try !keeps("ญี่ปุ่น", in: "โดยมีการสอนภาษาญี่ปุ่น 6 เดือน"))
        #expect(try !keeps("จีน", in: "พี่น้องชาวไทยเชื้อสายจีน และชาวจีนทุกคน"))
    }

    @Test func aCountryAfterChaoOrASpaceStaysAPlace() throws {
        // ThaiNER TRAIN and DEV label a foreign country after ชาว PLACE 14 times of 24; the graph gold counts
        // กัมพูชา after สัญชาติ as the country. "2 ภาษา ไทย-อังกฤษ": a count, then a dashed pair.
        #expect(try keeps("จีน", in: "ส่งผลให้กำลังซื้อของชาวจีนยังไม่กลับมา", source: "place.gazetteer"))
        #expect(try keeps("กัมพูชา", in: "คนต่างด้าวสัญชาติกัมพูชา ที่ใช้เอกสาร"))
        #expect(try keeps("อังกฤษ", in: "เอกสารราชการ 2 ภาษา ไทย-อังกฤษ"))
    }

    @Test func aProvinceAfterTheNounStaysAPlace() throws {
        #expect(try keeps("เชียงใหม่", in: "ภาษาเชียงใหม่"))
    }

    @Test func theStandardPipelineDropsTheTaggersLanguage() throws {
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
        let text = "โดยมีการสอนภาษาญี่ปุ่น 6 เดือน และส่งไปฝึกงานที่ประเทศญี่ปุ่น"
        let found = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
        #expect(found.filter { $0.label == .place }.map(\.text) == ["ประเทศญี่ปุ่น"])
    }
}
