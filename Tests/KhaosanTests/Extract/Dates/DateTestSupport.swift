@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

/// A real phrasing with the DATE span and value expected in it, written by hand.
struct DatePhrase: Sendable, CustomStringConvertible {
    /// Where the text was copied from (record id in thaigov-20k, thainer-train or the seeds).
    let origin: String
    /// The text, copied verbatim with a little context.
    let text: String
    /// The expected DATE span's surface text.
    let span: String
    /// The expected ISO 8601 value (nil: a span without a value).
    let value: String?
    /// The article's publication date (thaigov `date`), when the value depends on it.
    var published: String? = nil
    var qualifier: String? = nil

    var description: String { "\(origin): \(span)" }
}

enum DateTestSupport {
    static let extractor = try! DateExtractor()
    static let thaiNER = try! DateExtractor(convention: .thaiNER)

    /// DATE mentions of `text` as an article published on `published`, in source offsets (mapped
    /// as the pipeline maps them).
    static func dates(_ text: String, published: String? = nil,
                      extractor: DateExtractor = extractor) -> [Mention] {
        let document = Document(id: "test", metadata: DocumentMetadata(datePublished: published), source: text)
        let analyzed = AnalyzedDocument(document: document, tokens: [], clauses: [])
        return extractor.mentions(in: analyzed, earlier: []).map {
            analyzed.sourceMention($0, includingInvisibleTail: extractor.includesInvisibleTail)
        }
    }
}
