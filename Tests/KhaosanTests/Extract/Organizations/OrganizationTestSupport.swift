@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract

/// Runs the organisation extractor alone on one text (test helper).
enum OrganizationTestSupport {
    static let bundledLexicon: Lexicon = (try? Lexicon.bundled()) ?? Lexicon()

    /// ORG mentions of `text`, in order, after overlap resolution.
    static func mentions(in text: String, lexicon: Lexicon = bundledLexicon, earlier: [Mention] = []) throws -> [Mention] {
        let extractor = OrganizationExtractor(lexicon: lexicon)
        let pipeline = try ExtractionPipeline(extractors: [extractor])
        let analyzed = try pipeline.analyze(RawDocument(id: "test", metadata: DocumentMetadata(), source: text))
        return MentionOverlapResolver.resolve(extractor.mentions(in: analyzed, earlier: earlier))
    }

    /// The surface texts of the ORG mentions of `text`.
    static func names(in text: String, lexicon: Lexicon = bundledLexicon) throws -> [String] {
        try mentions(in: text, lexicon: lexicon).map(\.text)
    }
}
