import KhaosanCore

/// Running totals of a batch run, for progress lines and the summary.
public struct BatchStatistics: Hashable, Sendable {
    /// Documents read and extracted (cached or not).
    public var read = 0
    /// Documents rejected (unreadable input or failed analysis).
    public var rejected = 0
    /// Results taken from the cache.
    public var cacheHits = 0
    /// Documents run through the pipeline.
    public var extracted = 0
    /// Mentions found, per label.
    public var mentionsByLabel: [MentionLabel: Int] = [:]
    /// UTF-8 bytes of the source texts of the documents read.
    public var bytes = 0
    /// Seconds since the run started.
    public var elapsed: Double = 0

    public init() {}

    /// Documents processed: read plus rejected.
    public var documents: Int { read + rejected }
    /// All mentions.
    public var mentions: Int { mentionsByLabel.values.reduce(0, +) }

    /// Adds one outcome to the totals.
    public mutating func record(_ outcome: BatchOutcome) {
        switch outcome {
        case .rejected:
            rejected += 1
        case let .extracted(extraction, cached, size):
            read += 1
            bytes += size
            if cached { cacheHits += 1 } else { extracted += 1 }
            for mention in extraction.mentions { mentionsByLabel[mention.label, default: 0] += 1 }
        }
    }
}
