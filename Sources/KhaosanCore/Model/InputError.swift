/// An input that could not be used, where it is and why: a rejected input document, an
/// unreadable `extract` output, an evaluation gold file or line, a tagger model file, a
/// malformed lexicon line, a missing or misplaced bundled list. One type for all of them:
/// they share one shape and one message form, `where: why`.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, and for line-oriented inputs its 1-based line: `archive.jsonl:12`.
    public var location: String
    /// A human-readable reason, e.g. `invalid UTF-8 at byte 1234`.
    public var reason: String

    public init(location: String, reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(reason)" }
}
