import Foundation
import KhaosanCore

/// A set of document extractions keyed by document id: the union that
/// `merge` computes over shards and `build` over one run.
///
/// Duplicate ids resolve by content, never by arrival order, so the union is
/// associative, commutative and idempotent: of two extractions with one id,
/// the one whose canonical JSON — without `metadata.source`, the place it was
/// read from — sorts first bytewise wins; if those tie, the full canonical JSON
/// decides. Identical duplicates (the same article read twice) collapse.
public struct ExtractionSet: Equatable, Sendable {
    public private(set) var byID: [String: DocumentExtraction] = [:]

    /// What `insert` did with an extraction whose id was already present.
    public enum InsertOutcome: Equatable, Sendable {
        case new
        /// Same content as the present one (perhaps read from elsewhere).
        case duplicate
        /// Different content: the new one won.
        case replacedConflicting
        /// Different content: the present one stayed.
        case keptConflicting
    }

    public init() {}

    public init<S: Sequence>(_ extractions: S) where S.Element == DocumentExtraction {
        for extraction in extractions { insert(extraction) }
    }

    public var count: Int { byID.count }

    /// The extractions sorted by id (bytewise UTF-8 order, as `String` compares).
    public var sorted: [DocumentExtraction] {
        byID.keys.sorted().map { byID[$0]! }
    }

    /// Adds `extraction`, resolving a duplicate id by the rule above.
    @discardableResult
    public mutating func insert(_ extraction: DocumentExtraction) -> InsertOutcome {
        guard let present = byID[extraction.id] else {
            byID[extraction.id] = extraction
            return .new
        }
        if present == extraction { return .duplicate }
        let order = Self.precedes(extraction, present)
        let conflicting = Self.contentKey(extraction) != Self.contentKey(present)
        if order { byID[extraction.id] = extraction }
        switch (conflicting, order) {
        case (false, _): return .duplicate
        case (true, true): return .replacedConflicting
        case (true, false): return .keptConflicting
        }
    }

    /// The union of `self` and `other`.
    public func union(_ other: ExtractionSet) -> ExtractionSet {
        var result = self
        for extraction in other.byID.values { result.insert(extraction) }
        return result
    }

    /// Whether `a` wins over `b` (same id): by content key, then full canonical JSON.
    static func precedes(_ a: DocumentExtraction, _ b: DocumentExtraction) -> Bool {
        let (ka, kb) = (contentKey(a), contentKey(b))
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return canonical(a).lexicographicallyPrecedes(canonical(b))
    }

    static func contentKey(_ extraction: DocumentExtraction) -> Data {
        var stripped = extraction
        stripped.metadata.source = nil
        return canonical(stripped)
    }

    static func canonical(_ extraction: DocumentExtraction) -> Data {
        (try? ExtractionJSON.line(extraction)) ?? Data()
    }
}
