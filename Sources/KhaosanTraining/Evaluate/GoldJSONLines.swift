import Foundation
import KhaosanIO
import KhaosanCore

/// Reads gold JSON Lines files (span gold, the graph gold registry and relations) with the project's line reader
/// (`LineReader`: plain or compressed, memory bounded by the longest line).
enum GoldJSONLines {
    /// Calls `body` with each non-blank line (UTF-8 bytes) and its 1-based number.
    /// - Throws: `InputError` naming the file when it cannot be opened or breaks off, and
    ///   whatever `body` throws.
    static func forEachLine(path: String, _ body: (Data, Int) throws -> Void) throws {
        let end = try LineReader.open(path: path).forEachLine { number, line in
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return }
            try body(Data(line), number)
        }
        if case .failed(let reason, let lineNumber, _, _) = end {
            throw InputError(location: "\(path):\(lineNumber)", reason: reason)
        }
    }
}
