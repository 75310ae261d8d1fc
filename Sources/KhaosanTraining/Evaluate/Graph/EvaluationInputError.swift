import Foundation

/// An input of `khaosan eval-graph` (gold file, graph, extraction) that cannot be read: the file, the line (1-based, 0 for the whole file)
/// and why.
public struct EvaluationInputError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)" }
}
