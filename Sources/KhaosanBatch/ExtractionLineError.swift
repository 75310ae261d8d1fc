import Foundation

/// A line of extract output that could not be read.
public struct ExtractionLineError: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }

    public init(reason: String) {
        self.reason = reason
    }
}
