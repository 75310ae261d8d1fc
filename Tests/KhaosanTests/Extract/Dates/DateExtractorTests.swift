import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct DateExtractorTests {
    @Test func mentionsCarrySourceOffsetsThroughTheNormaliser() {
        // Source with Thai digits and a zero-width space; normalised text with ASCII digits
        // and the zero-width space removed, as the normaliser will produce.
        let source = "เมื่อวันที่ \u{200B}๑๖ พ.ย. ๒๕๖๖"
        let text = "เมื่อวันที่ 16 พ.ย. 2566"
        let sourceScalars = Array(source.unicodeScalars)
        var starts: [Int32] = []
        var ends: [Int32] = []
        var s = 0
        for _ in text.unicodeScalars {
            if sourceScalars[s] == "\u{200B}" { s += 1 }
            starts.append(Int32(s))
            ends.append(Int32(s + 1))
            s += 1
        }
        let map = OffsetMap(sourceStart: starts, sourceEnd: ends, sourceLength: sourceScalars.count)
        let document = Document(id: "d", source: source, text: text, offsetMap: map)
        let analyzed = AnalyzedDocument(document: document, tokens: [], clauses: [])
        // The extractor works in normalised offsets; the pipeline maps its mentions to the source.
        let found = DateTestSupport.extractor.mentions(in: analyzed, earlier: [])
        #expect(found.first?.range == ScalarRange(12, 24))
        let mentions = found.map { analyzed.sourceMention($0, includingInvisibleTail: false) }
        #expect(mentions.count == 1)
        #expect(mentions.first?.range == ScalarRange(13, 25))
        #expect(mentions.first?.text == "๑๖ พ.ย. ๒๕๖๖")
        #expect(mentions.first?.value == "2023-11-16")
    }

    @Test func pipelineRunsTheExtractor() throws {
        let pipeline = try ExtractionPipeline(extractors: [DateExtractor()])
        let raw = RawDocument(id: "a", metadata: DocumentMetadata(datePublished: "2023-11-20"),
                              source: "เมื่อวันที่ 16 พ.ย. ที่ผ่านมา และวานนี้")
        let mentions = pipeline.mentions(in: try pipeline.analyze(raw))
        #expect(mentions.map(\.value) == ["2023-11-16", "2023-11-19"])
        #expect(mentions.allSatisfy { $0.label == .date })
        #expect(mentions.map(\.source) == ["date.day-month", "date.relative"])
    }

    @Test func yearlessDatesPickTheYearNearestTheArticle() {
        // Published in January: "30 ธ.ค. ที่ผ่านมา" is last December, "5 ม.ค. นี้" is this January.
        let mentions = DateTestSupport.dates("เมื่อ 30 ธ.ค. ที่ผ่านมา และ 5 ม.ค. นี้", published: "2024-01-03")
        #expect(mentions.map(\.value) == ["2023-12-30", "2024-01-05"])
    }
}

@Suite struct DateWeekdayTests {
    // 2024-01-03 is a Wednesday.
    @Test func weekdaysAnchoredOnTheArticleDate() {
        let mentions = DateTestSupport.dates("วันศุกร์นี้ วันอังคารที่ผ่านมา วันพุธนี้ วันพุธที่ผ่านมา วันจันทร์หน้า",
                                             published: "2024-01-03")
        #expect(mentions.map(\.value) == ["2024-01-05", "2024-01-02", "2024-01-03", "2023-12-27", nil])
    }

    @Test func isoDatesInThaiText() {
        let mentions = DateTestSupport.dates("ประกาศ ณ 2023-11-16 และ 2023-02-30")
        #expect(mentions.map(\.text) == ["2023-11-16", "2023-02-30"])
        #expect(mentions.map(\.value) == ["2023-11-16", nil])
    }
}
