import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

/// Random mixes of titles, heads, names, quotes, invisible marks and punctuation:
/// the person and place rules never crash, and every mention is a well-formed
/// range of the source whose text is the source's text there.
@Suite struct ExtractorRobustnessTests {
    static let pieces = ["นาย", "นางสาว", "ดร.", "พล.ต.อ.", "อ.", "ต.", "จ.", "จังหวัด", "อำเภอ", "ประเทศ", "กรุง", "เมือง",
                         "โรงแรม", "มหาวิทยาลัย", "ไทย", "กทม.", "เลย", "พะเยา", "ฮานอย", "สมชาย", "ใจดี", "กล่าว", "ว่า",
                         "ณ", "ร.", "10", "๙", "ๆ", "ฯ", " ", " ", "  ", "\n", "\u{FEFF}", "\u{200B}", "\u{00A0}", "\"", "“",
                         "”", "'", "-", "/", ".", "(", ")", "Kamla", "Thailand", "A", "😀", "e\u{301}", "ในหลวง"]

    @Test func randomTextsGiveWellFormedMentions() throws {
        var rng = SplitMix64(seed: 2026)
        let lexicon = try Lexicon.bundled()
        let pipeline = try ExtractionPipeline(extractors: [PersonExtractor(lexicon: lexicon), PlaceExtractor(lexicon: lexicon)])
        for n in 0..<300 {
            let count = Int.random(in: 0...25, using: &rng)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
            let analyzed = try pipeline.analyze(RawDocument(id: "r\(n)", metadata: DocumentMetadata(), source: text))
            let scalars = Array(text.unicodeScalars)
            for mention in pipeline.mentions(in: analyzed) {
                #expect(mention.range.start >= 0 && mention.range.end <= scalars.count && !mention.range.isEmpty)
                #expect(mention.text == Document.string(scalars[mention.range.start..<mention.range.end]))
            }
        }
    }
}
