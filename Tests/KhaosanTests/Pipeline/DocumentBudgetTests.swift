import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract
@testable import KhaosanBatch

@Suite struct DocumentBudgetTests {
    static let paragraph = "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการคลัง เดินทางไปจังหวัดพะเยา เมื่อวันที่ 4 มีนาคม 2568 "
        + "ร่วมกับการท่องเที่ยวแห่งประเทศไทย (ททท.)"

    /// Parts are consecutive, cover the text, fit the limit, and end after a line break when there is one.
    @Test func partsCoverTheTextAndEndAtLineBreaks() {
        let text = Array((0..<40).map { "\(Self.paragraph) \($0)\n" }.joined().unicodeScalars)
        let parts = DocumentCutter.parts(of: text, maxBytes: 1_000)
        #expect(parts.count > 1)
        #expect(parts.first?.start == 0 && parts.last?.end == text.count)
        for (a, b) in zip(parts, parts.dropFirst()) { #expect(a.end == b.start) }
        for part in parts {
            #expect(String(String.UnicodeScalarView(text[part.start..<part.end])).utf8.count <= 1_000)
            if part.end < text.count { #expect(text[part.end - 1] == "\n") }
        }
    }

    /// Without spaces or line breaks, a cut never falls before a combining mark (Thai vowels
    /// above and below, tone marks) nor inside CR LF.
    @Test func cutsWithoutSpacesKeepCharactersWhole() {
        let text = Array(String(repeating: "กิ่งก้านที่สั้น", count: 400).unicodeScalars)
        let parts = DocumentCutter.parts(of: text, maxBytes: 700)
        #expect(parts.count > 1)
        for part in parts.dropFirst() { #expect(DocumentCutter.startsCharacter(text, at: part.start)) }
        let crlf = Array((String(repeating: "ก", count: 100) + "\r\n" + String(repeating: "ข", count: 100)).unicodeScalars)
        #expect(DocumentCutter.cut(crlf, from: 50, to: 101) == 100)   // before CR LF, not between
        #expect(DocumentCutter.cut(crlf, from: 50, to: 102) == 102)   // after it when it fits
    }

    /// A document over the size limit gives the mentions of its parts with offsets into the
    /// whole text: the same as extracting each paragraph alone, moved.
    @Test func longDocumentIsExtractedInPartsWithSourceOffsets() throws {
        let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
        pipeline.budget = DocumentBudget(maxBytes: 1_024)
        let paragraphs = (0..<12).map { "\(Self.paragraph) ครั้งที่ \($0)\n" }
        let text = paragraphs.joined()
        let whole = try pipeline.extraction(of: RawDocument(id: "long", metadata: DocumentMetadata(), source: text),
                                            contentHash: "h")
        #expect(whole.sourceLength == text.unicodeScalars.count)
        let scalars = Array(text.unicodeScalars)
        for mention in whole.mentions {
            #expect(Document.string(scalars[mention.range.start..<mention.range.end]) == mention.text)
        }
        // Each part holds whole paragraphs, so the parts' mentions are the paragraphs' mentions.
        var expected: [ScalarRange] = [], offset = 0
        for paragraph in paragraphs {
            let alone = try pipeline.extraction(of: RawDocument(id: "p", metadata: DocumentMetadata(), source: paragraph),
                                                contentHash: "p")
            expected += alone.mentions.map { ScalarRange($0.range.start + offset, $0.range.end + offset) }
            offset += paragraph.unicodeScalars.count
        }
        #expect(whole.mentions.map(\.range) == expected)
        #expect(whole.mentions.contains { $0.label == .person } && whole.mentions.contains { $0.label == .organization })
    }

    /// Over the time limit the document is rejected with its id and the reason; the run goes on.
    @Test func documentOverTheTimeLimitIsRejectedAndTheRunGoesOn() throws {
        let engine = BatchExtractor(jobs: 1, cache: nil, version: ExtractorVersion(components: [], salt: "t"), makePipeline: {
            let pipeline = try ExtractionPipeline(extractors: StandardExtractors.make(lexicon: Lexicon.bundled()))
            pipeline.budget = DocumentBudget(maxSeconds: 1e-9)
            return pipeline
        })
        var outcomes: [BatchOutcome] = []
        try engine.run(source: { body in
            try body(.document(RawDocument(id: "slow-1", metadata: DocumentMetadata(), source: Self.paragraph)))
            try body(.document(RawDocument(id: "slow-2", metadata: DocumentMetadata(), source: Self.paragraph)))
        }) { outcomes.append($0) }
        #expect(outcomes.count == 2)
        for (k, outcome) in outcomes.enumerated() {
            guard case .rejected(let error) = outcome else { Issue.record("document \(k) not rejected"); continue }
            #expect(error.reason.hasPrefix("document slow-\(k + 1): extraction took"))
            #expect(error.reason.contains("--max-document-seconds"))
        }
    }
}
