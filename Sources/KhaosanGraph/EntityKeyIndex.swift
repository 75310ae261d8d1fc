import KhaosanCore
import KhaosanResolve

/// Entity IRIs by matching key (`NameKey`), one table per label: how relations given by
/// name (an attribute, a lexicon's `in`) find their target entity.
struct EntityKeyIndex {
    private var tables: [[String: String]] = Array(repeating: [:], count: MentionLabel.allCases.count)

    /// The IRI of the entity of `label` with matching key `key`.
    subscript(label: MentionLabel, key: String) -> String? {
        get { tables[NameCache.labelIndex(label)][key] }
        set { tables[NameCache.labelIndex(label)][key] = newValue }
    }

    /// Every key of `label`.
    func keys(of label: MentionLabel) -> Dictionary<String, String>.Keys { tables[NameCache.labelIndex(label)].keys }
}
