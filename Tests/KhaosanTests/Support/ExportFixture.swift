import Foundation
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanGraph

/// The seed graph with article metadata (headline, a URL with a space, a publication date per
/// article), written to a temporary JSON-LD file, for the export tests.
enum ExportFixture {
    /// The seed extractions, article `n` (in id order) published on 2024-01-(n+1).
    static func extractions() throws -> [DocumentExtraction] {
        try GoldExtractions.load().sorted { $0.id < $1.id }.enumerated().map { index, extraction in
            var copy = extraction
            copy.metadata = DocumentMetadata(title: "ข่าว \(extraction.id)", url: "https://www.thaigov.go.th/news/contents/details/\(extraction.id) x",
                                             datePublished: String(format: "2024-01-%02d", index + 1))
            return copy
        }
    }

    static func graph() throws -> KnowledgeGraph {
        KnowledgeGraph.build(from: try extractions(), known: GoldExtractions.seedLexicon)
    }

    /// A fresh temporary directory (removed by the caller).
    static func directory() -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("khaosan-export-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `scripts/<script>` with the venv's python and `arguments`: exit status, stdout, stderr.
    static func python(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try RDFPython.require())
        process.arguments = [Repository.path("scripts/" + script)] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output, errors)
    }
}
