import KhaosanCore

/// A decoded input document before normalisation.
public struct RawDocument: Sendable {
    /// From the JSONL `id` (or `<file>:<line>` when it has none), or the file name
    /// without its extension for a text file.
    public var id: String
    public var metadata: DocumentMetadata
    /// The decoded text. A byte-order mark at the start of a file is the
    /// encoding's signature, not text: the reader consumes it while detecting the
    /// encoding, so it is never part of `source` and offsets (Unicode scalars)
    /// index the text after it. A U+FEFF anywhere else (or at the start of a
    /// JSON `text` string) is kept; normalisation handles it.
    public var source: String

    public init(id: String, metadata: DocumentMetadata, source: String) {
        self.id = id
        self.metadata = metadata
        self.source = source
    }
}
