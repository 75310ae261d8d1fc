import Foundation
import KhaosanIO
import KhaosanCore

/// Reads the small JSON Lines files of a graph gold directory.
enum GoldJSONLines {
    /// Calls `body` with each non-blank line (UTF-8 bytes) and its 1-based number.
    static func forEachLine(path: String, _ body: (Data, Int) throws -> Void) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(location: path, reason: "cannot read file")
        }
        var number = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            try body(Data(line), number)
        }
    }
}
