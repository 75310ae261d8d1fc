import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract
@testable import KhaosanBatch

/// Mentions stay in normalised offsets while a document is analysed and land on the right
/// source scalars once its extraction is made, where normalisation deleted (zero-width space,
/// BOM), replaced (no-break space, Thai digits) or composed (decomposed sara am) scalars.
@Suite struct SourceOffsetMappingTests {
    /// The scalar range of the first occurrence of `needle` in `text`.
    static func range(of needle: String, in text: String) throws -> ScalarRange {
        let haystack = Array(text.unicodeScalars), scalars = Array(needle.unicodeScalars)
        let start = try #require(haystack.indices.first { haystack.matches(scalars, at: $0) })
        return ScalarRange(start, start + scalars.count)
    }

    static let source = "ประชุมที่จังหวัดล\u{0E4D}\u{0E32}พูน\u{00A0}เมื่อวันที่\u{200B} ๑๕ มกราคม ๒๕๖๕ "
        + "พรรคประชาธิปัตย์หรือไม่ นายชวน\u{FEFF}กล่าวว่าในการเลือกตั้ง"

    @Test func theDocumentsMentionsAndRelationsLandOnTheSourceScalarsTheyCameFrom() throws {
        let lexicon = try Lexicon.bundled()
        let pipeline = try ExtractionPipeline(extractors: [try DateExtractor(), PersonExtractor(lexicon: lexicon),
                                                           OrganizationExtractor(lexicon: lexicon), PlaceExtractor(lexicon: lexicon)])
        let raw = RawDocument(id: "t", metadata: DocumentMetadata(), source: Self.source)
        #expect(!(try pipeline.analyze(raw)).document.offsetMap.isIdentity)
        let extraction = try pipeline.extraction(of: raw, contentHash: "h")
        let scalars = Array(Self.source.unicodeScalars)
        #expect(extraction.sourceLength == scalars.count)
        for mention in extraction.mentions {
            #expect(mention.text == Document.string(scalars[mention.range.start..<mention.range.end]), "\(mention)")
        }
        let byText = Dictionary(extraction.mentions.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        // The composed sara am: the span covers both source scalars.
        let place = try #require(byText["จังหวัดล\u{0E4D}\u{0E32}พูน"])
        let placeRange = try Self.range(of: "จังหวัดล\u{0E4D}\u{0E32}พูน", in: Self.source)
        #expect(place.label == .place && place.range == placeRange)
        // Thai digits read as ASCII, after a deleted zero-width space: the span is the Thai digits.
        let date = try #require(byText["๑๕ มกราคม ๒๕๖๕"])
        let dateRange = try Self.range(of: "๑๕ มกราคม ๒๕๖๕", in: Self.source)
        #expect(date.label == .date && date.value == "2022-01-15" && date.range == dateRange)
        // A BOM after a name stays inside the PERSON span (ThaiNER), though normalisation deleted it.
        let person = try #require(byText["นายชวน\u{FEFF}"])
        let personRange = try Self.range(of: "นายชวน\u{FEFF}", in: Self.source)
        #expect(person.label == .person && person.range == personRange)
        let ranges = Set(extraction.mentions.map(\.range))
        for fact in extraction.relations {
            #expect(ranges.contains(fact.subject) && (fact.object.map(ranges.contains) ?? true), "\(fact)")
        }
    }

    @Test func aMentionMapsToTheSourceOnceWithItsInvisibleTailWhenItsExtractorKeepsOne() throws {
        let pipeline = try ExtractionPipeline(components: [])
        let source = "ก\u{200B}น\u{0E4D}\u{0E32}\u{00A0}ข\u{FEFF}ค"
        let analyzed = try pipeline.analyze(RawDocument(id: "t", metadata: DocumentMetadata(), source: source))
        #expect(analyzed.document.text == "กนำ ขค")
        // "นำ ข" in the normalised text is scalars 1..<5; in the source 2..<7, and 2..<8 with the BOM.
        let mention = analyzed.mention(textRange: ScalarRange(1, 5), label: .place, source: "test")
        #expect(mention.range == ScalarRange(1, 5) && mention.text == "น\u{0E4D}\u{0E32}\u{00A0}ข")
        let plain = analyzed.sourceMention(mention, includingInvisibleTail: false)
        #expect(plain.range == ScalarRange(2, 7) && plain.text == "น\u{0E4D}\u{0E32}\u{00A0}ข")
        let tailed = analyzed.sourceMention(mention, includingInvisibleTail: true)
        #expect(tailed.range == ScalarRange(2, 8) && tailed.text == "น\u{0E4D}\u{0E32}\u{00A0}ข\u{FEFF}")
        // No invisible scalar after the span: nothing to keep.
        let last = analyzed.mention(textRange: ScalarRange(5, 6), label: .place, source: "test")
        #expect(analyzed.sourceMention(last, includingInvisibleTail: true).range == ScalarRange(8, 9))
    }
}
