import Crypto
import KhaosanCore

/// The cache key of one document's extraction result.
///
/// It covers what the mentions depend on: the extractor version, the source
/// text (through its SHA-256), the publication date (relative dates resolve
/// against it) and the title. It leaves out the id, url, location and unknown
/// JSONL fields: they are copied onto a cached result from the document being
/// read, so a document that moved (new id, new file, new line) still hits.
public enum ExtractionCacheKey {
    /// Hex SHA-256 over the parts above, separated unambiguously.
    public static func key(version: ExtractorVersion, contentHash: String, metadata: DocumentMetadata) -> String {
        var hash = SHA256()
        hash.update("khaosan-extraction-key 1\u{0}\(version.key)\u{0}\(contentHash)\u{0}")
        hash.update(metadata.datePublished.map { "d:" + $0 } ?? "d-")
        hash.update("\u{0}")
        hash.update(metadata.title.map { "t:" + $0 } ?? "t-")
        return hash.hexDigest()
    }
}
