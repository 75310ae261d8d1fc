import Foundation
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanIO
@testable import KhaosanExtract
@testable import KhaosanBatch

/// A small deterministic extractor for batch tests: every occurrence of a
/// keyword becomes a mention with the keyword's label.
struct KeywordExtractor: MentionExtractor {
    var name = "test.keywords"
    var keywords: [(String, MentionLabel)] = [("มหาวิทยาลัย", .organization), ("พะเยา", .place), ("2565", .date)]
    var labels: Set<MentionLabel> { Set(keywords.map(\.1)) }

    func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        let scalars = document.document.textScalars
        var found: [Mention] = []
        for (keyword, label) in keywords {
            let needle = Array(keyword.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            var i = 0
            while i + needle.count <= scalars.count {
                if scalars[i] == needle[0] && Array(scalars[i..<(i + needle.count)]) == needle {
                    found.append(document.mention(textRange: ScalarRange(i, i + needle.count), label: label, source: name))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return found
    }
}

/// Documents and helpers shared by the batch tests.
enum BatchFixtures {
    static let phrases = [
        "มหาวิทยาลัยพะเยา จัดประชุมเมื่อ 2 กันยายน 2565",
        "จังหวัดพะเยา เมืองแห่งการเรียนรู้",
        "Phayao 😀 learning city 2565",
        "ข่าว",
        "",
    ]

    /// `count` raw documents with ids `doc-00000…`, texts varied by index.
    static func documents(_ count: Int, offset: Int = 0) -> [RawDocument] {
        (offset..<(offset + count)).map { i in
            let text = phrases[i % phrases.count] + " #\(i) " + String(repeating: "พะเยา ", count: i % 7)
            return RawDocument(id: String(format: "doc-%05d", i),
                               metadata: DocumentMetadata(title: "ข่าว \(i)", datePublished: "2022-09-0\(i % 9 + 1)",
                                                          source: "test.jsonl:\(i + 1)"),
                               source: text)
        }
    }

    static let version = ExtractorVersion(components: [KeywordExtractor()].map(PipelineComponent.extractor), salt: "tests")

    static func engine(jobs: Int, cache: ExtractionCache? = nil, lookAhead: Int? = nil,
                       version: ExtractorVersion = version) -> BatchExtractor {
        BatchExtractor(jobs: jobs, lookAhead: lookAhead, cache: cache, version: version,
                       makePipeline: { try ExtractionPipeline(extractors: [KeywordExtractor()]) })
    }

    /// Runs `engine` over `items` and returns the outcomes in delivery order.
    static func run(_ engine: BatchExtractor, _ items: [IngestItem]) throws -> [BatchOutcome] {
        var outcomes: [BatchOutcome] = []
        try engine.run(source: { body in for item in items { try body(item) } }) { outcomes.append($0) }
        return outcomes
    }

    static func extractions(_ outcomes: [BatchOutcome]) -> [DocumentExtraction] {
        outcomes.compactMap { if case .extracted(let e, _, _) = $0 { return e } else { return nil } }
    }

    static func temporaryDirectory() -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("khaosan-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The library's SplitMix64: a seeded generator, so property tests are reproducible.
typealias SeededGenerator = SplitMix64
