import KhaosanCore

/// A pipeline step that drops, trims or moves a document's mentions that cannot be what
/// their label says (run after the extractors; see `PipelineComponent.validator`).
public protocol MentionValidator: Sendable {
    /// A short stable name, e.g. `date-values` (part of the cache key).
    var name: String { get }
    /// `mentions` of `document` (scalar offsets of its source text), validated, in order.
    func validate(_ mentions: [Mention], in document: Document) -> [Mention]
}

extension DateMentionValidator: MentionValidator {
    public var name: String { "date-values" }

    public func validate(_ mentions: [Mention], in document: Document) -> [Mention] { filter(mentions) }
}

extension RuleTaggerCombination: MentionValidator {
    public var name: String { "rule-tagger-combination" }

    public func validate(_ mentions: [Mention], in document: Document) -> [Mention] { combine(mentions) }
}

extension TaggerMentionValidator: MentionValidator {
    public var name: String { "tagger-spans" }

    public func validate(_ mentions: [Mention], in document: Document) -> [Mention] {
        filter(mentions, text: document.sourceScalars)
    }
}

extension AdjectivePlaceNameValidator: MentionValidator {
    public var name: String { "adjective-place-names" }

    public func validate(_ mentions: [Mention], in document: Document) -> [Mention] {
        filter(mentions, text: document.sourceScalars)
    }
}

extension CountryNationalityValidator: MentionValidator {
    public var name: String { "country-nationalities" }

    public func validate(_ mentions: [Mention], in document: Document) -> [Mention] {
        filter(mentions, text: document.sourceScalars)
    }
}

extension HotelNameSpan: MentionValidator {
    public var name: String { "hotel-names" }

    public func validate(_ mentions: [Mention], in document: Document) -> [Mention] {
        extend(mentions, text: document.sourceScalars)
    }
}
