import KhaosanCore

/// The word lists behind the organisation rules, read from the bundled
/// plain-text files in `Resources/lexicons/org/` (one entry a line, `#` comments):
///
/// - `org-heads.txt`: words that start an organisation name (กระทรวง, มหาวิทยาลัย…).
/// - `org-stop-words.txt`: tokens that end a name — verbs, conjunctions,
///   prepositions, role nouns, person titles (mined from ThaiNER TRAIN, reviewed).
/// - `org-generic-complements.txt`: words that, right after a head, make it a
///   common noun rather than a name ("บริษัทเอกชน", "มหาวิทยาลัยในพื้นที่").
/// - `org-complement-name-words.txt`: words a generic complement begins that still
///   begin a name ("สมาคมแม่บ้าน…" against "บริษัทแม่").
/// - `org-space-continuations.txt`: what may follow a space inside a name
///   ("จำกัด", "(มหาชน)", "วิทยาเขต…").
/// - `org-space-heads.txt`: heads that may be followed by a space before the
///   name ("บริษัท การบินไทย").
/// - `org-latin-words.txt`: Latin words that end ("… Foundation") or, with
///   " of", start ("University of …") an organisation name.
/// - `org-definition-heads.txt`: more heads, for long forms an acronym defines.
/// - `org-not-acronyms.txt`: dotted Thai abbreviations that are no organisation.
/// - `org-ministry-titles.txt`: titles after which a ministry goes by its short
///   form ("รมว.สาธารณสุข").
/// - `org-head-false-leads.txt`: words glued before a head that make it part of
///   another word ("กฎ|กระทรวง…", a ministerial regulation): no name starts there.
/// - `org-generic-names.txt`: common nouns written like a head-led name ("ธนาคารพาณิชย์",
///   commercial banks): a head-led name or long form that begins with one is none.
/// - `org-verbs-after-names.txt`: name words that are verbs right after a known name
///   ("สำนักงานปลัดกระทรวงมหาดไทย|ร่วม…" against "คณะกรรมการร่วม").
/// - `org-name-parts.txt`: word runs with a stop word inside that a name takes whole
///   ("คณะกรรมการกลั่นกรองเรื่องเสนอคณะรัฐมนตรี").
/// - `org-local-body-acronyms.txt`: local-body acronyms whose glued name belongs to them ("อบต.โดมประดิษฐ์").
/// - `role-nouns.txt` (the person roles): after "และ" a role ends a name
///   ("กระทรวงอุตสาหกรรม|และโฆษกกระทรวงอุตสาหกรรม").
public struct OrganizationWords: Sendable {
    public var heads: [String]
    public var stopWords: Set<String>
    public var genericComplements: Set<String>
    /// Words that begin a name after a head though a generic complement begins them ("แม่บ้าน").
    public var complementNameWords: [String]
    public var spaceContinuations: [String]
    public var spaceHeads: Set<String>
    public var ministryTitles: [String]
    public var latinWords: [String]
    public var notAcronyms: [String]
    public var definitionHeads: [String]
    public var headFalseLeads: [String]
    public var roleNouns: [String]
    /// Common nouns written like a name; a leading "=" marks one that is generic only alone or before a
    /// generic complement (`org-generic-names.txt`).
    public var genericNames: [String]
    /// Verbs that end a head-led name right after a known name inside it ("ร่วม").
    public var verbsAfterNames: [String]
    /// Word runs with a stop word inside that a head-led name takes whole.
    public var nameParts: [String]
    /// Local-body acronyms whose glued name belongs to the mention ("อบต.").
    public var localBodyAcronyms: [String]

    public init(heads: [String], stopWords: Set<String>, genericComplements: Set<String>,
                spaceContinuations: [String], spaceHeads: Set<String>, ministryTitles: [String] = [], latinWords: [String] = [],
                notAcronyms: [String] = [], definitionHeads: [String] = [], headFalseLeads: [String] = [],
                roleNouns: [String] = [], complementNameWords: [String] = [], genericNames: [String] = [],
                verbsAfterNames: [String] = [], nameParts: [String] = [], localBodyAcronyms: [String] = []) {
        self.heads = heads
        self.stopWords = stopWords
        self.genericComplements = genericComplements
        self.spaceContinuations = spaceContinuations
        self.spaceHeads = spaceHeads
        self.ministryTitles = ministryTitles
        self.latinWords = latinWords
        self.notAcronyms = notAcronyms
        self.definitionHeads = definitionHeads
        self.headFalseLeads = headFalseLeads
        self.roleNouns = roleNouns
        self.complementNameWords = complementNameWords
        self.genericNames = genericNames
        self.verbsAfterNames = verbsAfterNames
        self.nameParts = nameParts
        self.localBodyAcronyms = localBodyAcronyms
    }

    /// The bundled lists (`BundledList.all(.org)`; see `BundledResources.requiredWordList`).
    public static let bundled: OrganizationWords = {
        let list = BundledResources.requiredWordList
        return OrganizationWords(heads: list(.orgHeads),
                                 stopWords: Set(list(.orgStopWords)),
                                 genericComplements: Set(list(.orgGenericComplements)),
                                 spaceContinuations: list(.orgSpaceContinuations),
                                 spaceHeads: Set(list(.orgSpaceHeads)),
                                 ministryTitles: list(.orgMinistryTitles),
                                 latinWords: list(.orgLatinWords),
                                 notAcronyms: list(.orgNotAcronyms),
                                 definitionHeads: list(.orgDefinitionHeads),
                                 headFalseLeads: list(.orgHeadFalseLeads),
                                 roleNouns: list(.roleNouns),
                                 complementNameWords: list(.orgComplementNameWords),
                                 genericNames: list(.orgGenericNames),
                                 verbsAfterNames: list(.orgVerbsAfterNames),
                                 nameParts: list(.orgNameParts),
                                 localBodyAcronyms: list(.orgLocalBodyAcronyms))
    }()
}
