import KhaosanCore

/// One step of the per-document pipeline after analysis (normalising and segmenting).
/// `ExtractionPipeline` runs its components in order; the list, with each component's
/// identity, is what extraction output depends on besides the word lists (`ExtractorVersion`).
public enum PipelineComponent: Sendable {
    /// Finds mentions; it sees the mentions of the extractors before it (normalised offsets),
    /// and its own become the document's mentions, mapped to source offsets once.
    case extractor(any MentionExtractor)
    /// Drops or trims the document's mentions found so far.
    case validator(any MentionValidator)
    /// Keeps no two overlapping mentions (`MentionOverlapResolver`).
    case overlapResolution
    /// Finds the relations the text states between the document's mentions.
    case relations(RelationExtractor)

    /// The components khaosan runs by default: `extractors` in order, then the DATE and tagger
    /// span validators, the adjective place-name and country-nationality checks, hotel names, the rule/tagger combination, overlap resolution and relations.
    public static func standard(extractors: [any MentionExtractor]) -> [PipelineComponent] {
        extractors.map { .extractor($0) } + [
            .validator(DateMentionValidator.bundled), .validator(TaggerMentionValidator.bundled),
            .validator(AdjectivePlaceNameValidator.bundled), .validator(CountryNationalityValidator.bundled),
            .validator(HotelNameSpan.bundled),
            .validator(RuleTaggerCombination.bundled), .overlapResolution, .relations(RelationExtractor()),
        ]
    }

    /// A short name, e.g. `dates` (an extractor's own name) or `overlap-resolution`.
    public var name: String {
        switch self {
        case .extractor(let extractor): extractor.name
        case .validator(let validator): validator.name
        case .overlapResolution: "overlap-resolution"
        case .relations: "relations"
        }
    }

    /// The kind, name and (for an extractor) labels, e.g. `extractor dates [DATE]`: one line
    /// of the cache key.
    public var identity: String {
        switch self {
        case .extractor(let extractor):
            "extractor \(extractor.name) [\(extractor.labels.map(\.rawValue).sorted().joined(separator: ","))]"
        case .validator(let validator): "validator \(validator.name)"
        case .overlapResolution, .relations: name
        }
    }

    /// The extractor, for an `.extractor` component.
    public var extractor: (any MentionExtractor)? {
        if case .extractor(let extractor) = self { return extractor }
        return nil
    }
}
