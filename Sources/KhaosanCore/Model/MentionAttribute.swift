/// A key of `Mention.attributes`: the facts about a mention that extractors record and
/// `EntityResolver` and the graph builder read. One closed set, so writer and reader agree;
/// serialised as `rawValue` (the JSON object keys of `extract` output and the cache).
///
/// Every "same thing" attribute's value is the verbatim surface text of the
/// other name (as written in the same document); the resolver merges the
/// mention's entity with the entity that name denotes (same label only).
public enum MentionAttribute: String, CaseIterable, Hashable, Comparable, Codable, CodingKeyRepresentable,
                              Sendable, CustomStringConvertible {
    /// On a long-form ORG mention: the acronym that the text defines for it,
    /// e.g. on "หน่วยบริหารจัดการทุนด้านการพัฒนาระดับพื้นที่" in
    /// "… (บพท.)" or "… หรือ บพท." the value is `บพท.`.
    case acronym
    /// On an acronym mention: the long form it abbreviates (the inverse of `acronym`),
    /// e.g. on "บพท." the value is the long name; set on the defining mention and on later
    /// uses of the acronym in the same document.
    case longForm
    /// On any mention: another full name of the same thing written beside it,
    /// e.g. "เมืองแห่งการเรียนรู้ประเทศไทย (Learning City Thailand)" — a translation,
    /// not an acronym. Set it on either or both mentions.
    case alias
    /// The same as `alias`: the ORG extractor sets it on both mentions of a "Thai name (Latin
    /// name)" pair ("เครือข่าย…ของยูเนสโก (UNESCO Global Network of Learning Cities)").
    case alternateName
    /// The canonical name of the lexicon entry the mention matched: the same entity.
    case lexiconName
    /// On an ORG or EVENT mention: the surface text of the place it is located in — a place
    /// inside the organisation's name, which gets no PLACE span of its own
    /// ("มหาวิทยาลัยราชภัฏกำแพงเพชร" → `กำแพงเพชร`), or after "ของ"/"แห่ง"
    /// ("กระทรวงวัฒนธรรมและการกีฬาของฮานอย" → `ฮานอย`). → `RelationPredicate.location`.
    case location
    /// On a PLACE mention: the name of the place that contains it (gazetteer `in`).
    /// → `RelationPredicate.containedInPlace`.
    case containedIn = "in"
    /// On an ORG mention: the canonical name of the lexicon organisation it belongs to, after
    /// "ของ"/"แห่ง" ("เครือข่ายเมืองสร้างสรรค์ของ UNESCO" → `องค์การยูเนสโก`).
    /// → `RelationPredicate.parentOrganization`.
    case parentOrganization
    /// On an EVENT mention: the surface text of the organisation whose meeting or event it is,
    /// written inside the event's name ("การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 4/2567" →
    /// `คณะกรรมการโรคติดต่อแห่งชาติ`). → `RelationPredicate.organizer`.
    case organizer
    /// The Wikidata Q-id of the matched lexicon entry (→ `sameAs`).
    case wikidata
    /// The English name of the matched lexicon entry (→ `name` in `en`).
    case english = "en"
    /// The schema.org type of the matched lexicon entry, e.g. `City`.
    case schemaType = "type"
    /// On a PERSON mention: the role phrase written before the name, e.g. `รัฐมนตรีว่าการกระทรวง…`.
    case roleText

    public var description: String { rawValue }

    /// Keys order by their serialised names (as written), not by declaration.
    public static func < (a: MentionAttribute, b: MentionAttribute) -> Bool { a.rawValue < b.rawValue }

    /// Attributes whose value names the same entity as the mention. (A PLACE, ORG,
    /// PERSON or EVENT mention's `value`, when set, is its canonical name and counts too.)
    public static let sameEntity: [MentionAttribute] = [acronym, longForm, alias, alternateName, lexiconName]

    /// For an attribute whose value names another entity: the relation from the mention's
    /// entity to it, and that entity's label; nil for the others.
    public var relation: (predicate: RelationPredicate, objectLabel: MentionLabel)? {
        switch self {
        case .location: (.location, .place)
        case .containedIn: (.containedInPlace, .place)
        case .parentOrganization: (.parentOrganization, .organization)
        case .organizer: (.organizer, .organization)
        default: nil
        }
    }
}
