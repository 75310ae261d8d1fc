import KhaosanCore

/// Names of the `Mention.attributes` keys the organisation extractor sets, for
/// the graph stage (Resolve) to read. One place, so writer and reader agree.
///
/// - `acronym`: on a long-form mention, the acronym it defines in the same
///   document ("หน่วยบริหารจัดการทุนเพื่อการพัฒนาเชิงพื้นที่ (บพท.)" → `บพท.`).
/// - `longForm`: on an acronym mention, the long form it stands for; set on the
///   defining mention and on later uses of the acronym in the same document.
/// - `alternateName`: on both mentions of a "Thai name (Latin name)" pair, the
///   other name ("เครือข่าย…ของยูเนสโก (UNESCO Global Network of Learning Cities)").
/// - `lexiconName`: the canonical name of the lexicon entry the mention matched.
/// - `wikidata`: the Wikidata Q-id of that lexicon entry, when the lexicon has one.
/// - `location`: the canonical name of a lexicon place glued to the end of the
///   name ("มหาวิทยาลัยราชภัฏกำแพงเพชร" → `กำแพงเพชร`) or after "ของ"/"แห่ง"
///   ("กระทรวงวัฒนธรรมและการกีฬาของฮานอย" → `ฮานอย`), for the location relation.
/// - `parentOrganization`: the canonical name of a lexicon organisation the name
///   ends with after "ของ"/"แห่ง" ("เครือข่ายเมืองสร้างสรรค์ของ UNESCO" → `องค์การยูเนสโก`).
public enum OrganizationAttribute {
    public static let acronym = MentionAttribute.acronym
    public static let longForm = MentionAttribute.longForm
    public static let alternateName = MentionAttribute.alternateName
    public static let lexiconName = MentionAttribute.lexiconName
    public static let wikidata = MentionAttribute.wikidata
    public static let location = MentionAttribute.location
    public static let parentOrganization = MentionAttribute.parentOrganization
}
