/// A key of `Mention.attributes`: the keys the graph reads. Extractors set them;
/// `EntityResolver` and the graph builder interpret them. One place, so the
/// extractors and the resolver agree; serialised as `rawValue` (the JSON object keys of
/// `extract` output and the cache).
///
/// Every "same thing" attribute's value is the verbatim surface text of the
/// other name (as written in the same document); the resolver merges the
/// mention's entity with the entity that name denotes (same label only).
public struct MentionAttribute: RawRepresentable, Hashable, Comparable, Codable, CodingKeyRepresentable,
                                Sendable, CustomStringConvertible {
    /// The serialised key.
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// Keys order by their serialised names.
    public static func < (a: MentionAttribute, b: MentionAttribute) -> Bool { a.rawValue < b.rawValue }

    public var codingKey: any CodingKey { Key(stringValue: rawValue) }

    public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// On a long-form ORG mention: the acronym that the text defines for it,
    /// e.g. on "หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่" in
    /// "… (บพท.)" or "… หรือ บพท." the value is `บพท.`.
    public static let acronym = MentionAttribute(rawValue: "acronym")
    /// On an acronym mention: the long form it abbreviates (the inverse of `acronym`),
    /// e.g. on "บพท." the value is the long name.
    public static let longForm = MentionAttribute(rawValue: "longForm")
    /// On any mention: another full name of the same thing written beside it,
    /// e.g. "เมืองแห่งการเรียนรู้ประเทศไทย (Learning City Thailand)" — a translation,
    /// not an acronym. Set it on either or both mentions.
    public static let alias = MentionAttribute(rawValue: "alias")
    /// The same as `alias` (the name the ORG extractor uses for "Thai name (Latin name)" pairs).
    public static let alternateName = MentionAttribute(rawValue: "alternateName")
    /// The canonical name of the lexicon entry the mention matched: the same entity.
    public static let lexiconName = MentionAttribute(rawValue: "lexiconName")
    /// On an ORG or EVENT mention: the surface text of the place it is located in
    /// (e.g. a place inside the organisation's name, which gets no PLACE span of its own).
    public static let location = MentionAttribute(rawValue: "location")
    /// On an ORG mention: the name of the organisation it belongs to ("… ของ UNESCO").
    public static let parentOrganization = MentionAttribute(rawValue: "parentOrganization")
    /// On a PLACE mention: the name of the place that contains it (gazetteer `in`).
    public static let containedIn = MentionAttribute(rawValue: "in")
    /// The Wikidata Q-id of the matched lexicon entry (→ `sameAs`).
    public static let wikidata = MentionAttribute(rawValue: "wikidata")
    /// The English name of the matched lexicon entry (→ `name` in `en`).
    public static let english = MentionAttribute(rawValue: "en")
    /// The schema.org type of the matched lexicon entry, e.g. `City`.
    public static let schemaType = MentionAttribute(rawValue: "type")

    /// On a PERSON mention: the role phrase written before the name, e.g. `รัฐมนตรีว่าการกระทรวง…`.
    public static let roleText = MentionAttribute(rawValue: "roleText")

    /// Attributes whose value names the same entity as the mention. (A PLACE, ORG,
    /// PERSON or EVENT mention's `value`, when set, is its canonical name and counts too.)
    public static let sameEntity: [MentionAttribute] = [acronym, longForm, alias, alternateName, lexiconName]
}
