/// What an archive says about a document besides its text.
public struct DocumentMetadata: Hashable, Codable, Sendable {
    /// Headline, if the archive has one.
    public var title: String?
    /// Canonical URL of the article.
    public var url: String?
    /// Publication date as ISO 8601 (`yyyy-MM-dd`), if known.
    public var datePublished: String?
    /// Where the document came from: a JSONL record's own `source` field when it has one,
    /// else the input: a file path, `path:line` for JSONL, `<stdin>` or `<stdin>:line`.
    public var source: String?
    /// Fields of a JSONL record that khaosan does not interpret, kept verbatim
    /// (each value is the field's JSON text).
    public var extra: [String: String]

    public init(title: String? = nil, url: String? = nil, datePublished: String? = nil,
                source: String? = nil, extra: [String: String] = [:]) {
        self.title = title
        self.url = url
        self.datePublished = datePublished
        self.source = source
        self.extra = extra
    }
}
