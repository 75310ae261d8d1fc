import Foundation
@testable import Khaosan
@testable import KhaosanIO

/// Reads `fixtures/ingest/…` through `DocumentReader` and collects what came out.
enum IngestFixtures {
    struct Outcome {
        var documents: [RawDocument] = []
        var rejections: [InputError] = []
        var ids: [String] { documents.map(\.id) }
    }

    static func path(_ name: String) -> String {
        Repository.path("fixtures/ingest/\(name)")
    }

    static func read(_ names: String...) throws -> Outcome {
        try read(paths: names.map(path))
    }

    static func read(paths: [String], standardInput: Int32 = 0) throws -> Outcome {
        var outcome = Outcome()
        try DocumentReader(paths: paths, standardInput: standardInput).forEach { item in
            switch item {
            case .document(let document): outcome.documents.append(document)
            case .rejected(let error): outcome.rejections.append(error)
            }
        }
        return outcome
    }

    /// The bytes of `text` in TIS-620, computed independently of ICU: Thai
    /// U+0E01–U+0E5B are bytes 0xA1–0xFB, ASCII is itself.
    static func tis620(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar -> UInt8 in
            if scalar.value < 0x80 { return UInt8(scalar.value) }
            precondition((0x0E01...0x0E5B).contains(scalar.value), "not TIS-620: \(scalar)")
            return UInt8(scalar.value - 0x0E00 + 0xA0)
        }
    }
}
