import Foundation

/// A graph gold file that cannot be read: the file, the line (1-based, 0 for the whole file)
/// and why.
public struct GoldFileError: Error, CustomStringConvertible, Sendable {
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

/// Reads the small JSON Lines files of a graph gold directory.
enum GoldJSONLines {
    /// Calls `body` with each non-blank line (UTF-8 bytes) and its 1-based number.
    static func forEachLine(path: String, _ body: (Data, Int) throws -> Void) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GoldFileError(path: path, line: 0, reason: "cannot read file")
        }
        var number = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            try body(Data(line), number)
        }
    }
}
