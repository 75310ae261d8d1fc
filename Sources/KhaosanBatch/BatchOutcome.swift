import KhaosanCore
import KhaosanIO

/// The result of one input item in a batch run, delivered in input order.
public enum BatchOutcome: Sendable {
    /// A document and what was found in it; `cached` if the result came from the cache.
    /// `bytes` is the UTF-8 size of its source text.
    case extracted(DocumentExtraction, cached: Bool, bytes: Int)
    /// A document that could not be read or analysed, and why.
    case rejected(InputError)
}
