/// A malformed lexicon line, with the file and 1-based line it is on.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var origin: String
    public var reason: String

    package init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }

    public var description: String { "\(origin): \(reason)" }
}
