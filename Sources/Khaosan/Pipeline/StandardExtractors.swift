/// The extractors khaosan runs by default, in pipeline order (each sees the
/// mentions of the ones before it).
public enum StandardExtractors {
    /// - Parameter lexicon: the bundled lexicons plus the user's `--lexicon` files.
    public static func make(lexicon: Lexicon) -> [any MentionExtractor] {
        var extractors: [any MentionExtractor] = []
        // Each stage adds itself here, in this order: dates, people, organisations, places, events, tagger.
        _ = lexicon
        return extractors
    }
}
