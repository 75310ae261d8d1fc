import Foundation
import KhaosanExtract

/// An extractor whose output can change without its name changing (a model,
/// rules under revision) declares a revision string that enters the cache key.
public protocol VersionedMentionExtractor: MentionExtractor {
    /// Changes whenever the extractor's output may change, e.g. `rules-7` or a model hash.
    var revision: String { get }
}
