import KhaosanCore

/// Rule 16: a tagger ORG that is the given name of a person the document names with a rule
/// ("“เอกนัฏ” เป็นประธาน…" beside "นายเอกนัฏ พร้อมพันธุ์": the minister, quoted by his given name) is no
/// organisation; it goes, and the person rules' mention of the name (`person.given-name`), if any, stays.
extension TaggerMentionValidator {
    /// `mentions` without the tagger ORGs whose text is the given name of a PERSON found by a rule
    /// in the same mentions (one document). Order is kept.
    func withoutPersonGivenNames(_ mentions: [Mention]) -> [Mention] {
        var givenNames = Set<String>()
        for mention in mentions where mention.label == .person && mention.source != RuleTaggerCombination.taggerSource {
            if let given = mention.person?.given, !given.isEmpty { givenNames.insert(given) }
        }
        guard !givenNames.isEmpty else { return mentions }
        return mentions.filter { !($0.source == RuleTaggerCombination.taggerSource && $0.label == .organization && givenNames.contains($0.text)) }
    }
}
