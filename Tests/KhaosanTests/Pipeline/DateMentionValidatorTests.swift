import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

@Suite struct DateMentionValidatorTests {
    static func date(_ text: String, value: String? = nil) -> Mention {
        Mention(range: ScalarRange(0, text.unicodeScalars.count), label: .date, text: text, value: value, source: "tagger")
    }

    /// Labels every word of `words` with `label`, as a tagger might.
    struct Labeller: MentionExtractor {
        let name = "labeller"
        let labels: Set<MentionLabel> = [.date, .place]
        let words: [(String, MentionLabel)]
        func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
            let text = document.document.textScalars
            return words.compactMap { word, label in
                let scalars = Array(word.unicodeScalars)
                guard let start = text.indices.first(where: { text.matches(scalars, at: $0) }) else { return nil }
                return document.mention(textRange: ScalarRange(start, start + scalars.count), label: label, source: "tagger",
                                        confidence: 0.85)
            }
        }
    }

    @Test func aTaggedNameWithoutValueDigitOrDateWordIsDroppedInThePipeline() throws {
        // thaigov-92898 (public domain): the tagger labelled "Chumphon" DATE.
        let text = "implemented in Southern Gulf of Thailand Provincial Cluster (Chumphon, Nakhon Si Thammarat, วันนี้"
        let pipeline = try ExtractionPipeline(extractors: [Labeller(words: [("Chumphon", .date), ("Nakhon Si Thammarat", .place),
                                                                              ("วันนี้", .date)])])
        let found = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
        #expect(found.map(\.text) == ["Nakhon Si Thammarat", "วันนี้"])
        pipeline.components.removeAll { $0.name == DateMentionValidator.bundled.name }
        let all = pipeline.mentions(in: try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: text)))
        #expect(all.map(\.text) == ["Chumphon", "Nakhon Si Thammarat", "วันนี้"])
    }

    @Test func whatCountsAsADate() {
        let validator = DateMentionValidator.bundled
        for text in ["ชุมพร", "ศาลายา", "เทศบาล", "พระ", "Chumphon"] { #expect(!validator.accepts(Self.date(text)), "\(text)") }
        for text in ["2558", "๒๕๕๘", "ก.ย.", "กุมภาพันธ์", "September", "วันพฤหัสบดี", "ปลายปีนี้", "สัปดาห์หน้า",
                     "จันทร์-ศุกร์", "ปัจจุบัน", "เมื่อคืน", "ศตวรรษที่ 21", "ฮิจเราะห์ศักราช"] {
            #expect(validator.accepts(Self.date(text)), "\(text)")
        }
        #expect(validator.accepts(Self.date("ชุมพร", value: "2016")))   // a value is enough
        #expect(validator.accepts(Mention(range: ScalarRange(0, 5), label: .place, text: "ชุมพร", source: "tagger")))
    }
}
