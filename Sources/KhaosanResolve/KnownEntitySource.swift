import KhaosanExtract

/// Where the resolver gets known entities from (e.g. the bundled lexicons plus
/// the user's `--lexicon` files). The lead's `Lexicon` conforms by mapping its
/// entries to `KnownEntity`.
public protocol KnownEntitySource: Sendable {
    var knownEntities: [KnownEntity] { get }
    /// Acronyms never to merge on alone.
    var ambiguousAcronyms: AmbiguousAcronyms { get }
}
