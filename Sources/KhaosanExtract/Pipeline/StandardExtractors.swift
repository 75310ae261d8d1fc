/// The extractors khaosan runs by default, in pipeline order (each sees the
/// mentions of the ones before it).
public enum StandardExtractors {
    /// - Parameters:
    ///   - lexicon: the bundled lexicons plus the user's `--lexicon` files.
    ///   - dateConvention: where DATE spans start and end (the project's gold or ThaiNER's).
    /// - Throws: when ICU's calendar data cannot be loaded.
    public static func make(lexicon: Lexicon, dateConvention: DateSpanConvention = .project) throws
        -> [any MentionExtractor] {
        var extractors: [any MentionExtractor] = []
        extractors.append(try DateExtractor(convention: dateConvention))
        extractors.append(PersonExtractor(lexicon: lexicon))
        extractors.append(OrganizationExtractor(lexicon: lexicon))
        extractors.append(PlaceExtractor(lexicon: lexicon))
        extractors.append(EventExtractor())
        // The trained tagger fills the gaps the rules leave (it reads their mentions as features).
        if let tagger = TaggerExtractor.bundled() { extractors.append(tagger) }
        // After the tagger: events placed by a venue that only the tagger finds.
        extractors.append(EventVenueExtractor())
        return extractors
    }
}
