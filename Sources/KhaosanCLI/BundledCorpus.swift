import ArgumentParser
import Foundation

/// Where the bundled corpus lives: `./corpus` when run from the repository,
/// else the `corpus/` beside the sources this binary was built from.
enum BundledCorpus {
    static var path: String {
        if FileManager.default.fileExists(atPath: "corpus") { return "corpus" }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.appendingPathComponent("corpus").path
    }
}
