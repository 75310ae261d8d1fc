import Foundation
import Testing
@testable import Khaosan

/// Scratch scoring path for tuning (not part of CI): runs only when
/// `KHAOSAN_ORG_GOLD` names a gold JSONL file (e.g. thainer-train.jsonl).
/// Prints ORG exact-span scores for the ThaiNER TRAIN and DEV parts; with
/// `KHAOSAN_ORG_PREDICTIONS=FILE` writes predictions in the gold format, with
/// `KHAOSAN_TOKEN_DUMP=FILE` writes the ICU tokens of every text (for mining).
/// Superseded by `khaosan eval` once that command lands.
@Suite struct OrganizationGoldReport {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["KHAOSAN_ORG_GOLD"] != nil))
    func reportOrganizationScores() throws {
        let gold = try GoldDocument.load(jsonl: Self.environment["KHAOSAN_ORG_GOLD"]!)
        let pipeline = try ExtractionPipeline(extractors: [OrganizationExtractor(lexicon: try Lexicon.bundled())])
        var train = SpanScorer(), dev = SpanScorer()
        var predictionLines: [String] = [], tokenLines: [String] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for document in gold {
            let analyzed = try pipeline.analyze(RawDocument(id: document.id, metadata: DocumentMetadata(), source: document.text))
            let predicted = pipeline.mentions(in: analyzed).map {
                GoldSpan(start: $0.range.start, end: $0.range.end, label: $0.label.rawValue, text: $0.text)
            }
            if document.isThaiNERDev {
                dev.add(documentID: document.id, gold: document.spans, predicted: predicted, labels: ["ORG"])
            } else {
                train.add(documentID: document.id, gold: document.spans, predicted: predicted, labels: ["ORG"])
            }
            let line = GoldDocument(id: document.id, text: document.text, spans: predicted)
            predictionLines.append(String(decoding: try encoder.encode(line), as: UTF8.self))
            let ranges = analyzed.tokens.map { [$0.range.start, $0.range.end] }
            tokenLines.append(String(decoding: try encoder.encode(["id": .init(document.id), "tokens": TokenDump(ranges)]), as: UTF8.self))
        }
        for (name, scorer) in [("TRAIN", train), ("DEV", dev)] {
            let s = scorer.micro
            print(String(format: "%@ ORG P %.3f R %.3f F1 %.3f (gold %d, predicted %d, correct %d, boundary %d, missed %d, spurious %d)",
                         name, s.precision, s.recall, s.f1, s.gold, s.predicted, s.correct, s.boundaryErrors, s.missed, s.spurious))
        }
        if let path = Self.environment["KHAOSAN_ORG_PREDICTIONS"] {
            try (predictionLines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        if let path = Self.environment["KHAOSAN_TOKEN_DUMP"] {
            try (tokenLines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}

/// A JSON value that is either a string or a list of token ranges (for the dump only).
private enum TokenDump: Encodable {
    case string(String), ranges([[Int]])
    init(_ string: String) { self = .string(string) }
    init(_ ranges: [[Int]]) { self = .ranges(ranges) }
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let s): try container.encode(s)
        case .ranges(let r): try container.encode(r)
        }
    }
}
