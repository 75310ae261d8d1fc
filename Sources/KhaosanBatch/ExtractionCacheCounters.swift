/// What an `ExtractionCache` did during a run.
public struct ExtractionCacheCounters: Hashable, Sendable {
    public var hits = 0
    /// Lookups that found nothing usable (absent or corrupt).
    public var misses = 0
    /// Entries found but rejected: wrong magic, checksum, key or JSON.
    public var corrupt = 0
    public var writes = 0
    public var writeFailures = 0

    public init() {}
}
