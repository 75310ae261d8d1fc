import Foundation

/// The extractors `build` and `extract` run, and the lexicon files they read
/// (which enter the cache key through `ExtractorVersion`).
///
/// Each extraction stage adds itself to `extractors()` when it lands.
public enum StandardPipeline {
    /// The extractors in pipeline order.
    public static func extractors() -> [any MentionExtractor] {
        []
    }

    /// A new pipeline with the standard extractors (one per thread).
    public static func make() throws -> ExtractionPipeline {
        try ExtractionPipeline(extractors: extractors())
    }

    /// The version of the standard pipeline, with the bundled lexicons and `extraLexicons`.
    public static func version(extraLexicons: [URL] = []) -> ExtractorVersion {
        ExtractorVersion(extractors: extractors(), lexiconFiles: ExtractorVersion.bundledLexiconFiles() + extraLexicons)
    }
}
