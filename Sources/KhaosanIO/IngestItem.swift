import KhaosanCore

/// One outcome of reading the inputs: a document, or a rejected document.
public enum IngestItem: Sendable {
    case document(RawDocument)
    case rejected(InputError)
}
