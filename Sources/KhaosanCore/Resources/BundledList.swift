/// One file of the resource bundle that khaosan reads: a word list, a lexicon or the
/// tagger model, with its kind (the folder under `lexicons/`) and its format.
///
/// `BundledList.all` is the manifest: every bundled list is named here once, the
/// loaders ask for lists by these names (`BundledResources.wordList(.personTitles)`),
/// and `BundledResources.requireAvailable()` checks that each one is present and that
/// no file under `lexicons/` is missing from it (a misnamed or misplaced file).
public struct BundledList: Sendable, Hashable, CustomStringConvertible {
    /// What a list is about; the folder `lexicons/<kind>/` it lives in.
    public enum Kind: String, Sendable, CaseIterable {
        /// Abbreviations that do not end a sentence (text segmentation); the RTGS romanisation rules.
        case text
        /// Date words and cues.
        case dates
        /// Organisation heads, stop words, acronyms and the organisation lexicons.
        case org
        /// Person titles, name stops, royal names, role nouns and the person lexicons.
        case person
        /// Place heads, stops and the place lexicons (countries, provinces, districts…).
        case place
        /// Words that end, shorten or reject a tagger span (`TaggerMentionValidator`).
        case spanCheck = "span-check"
        /// Event nouns and the words around them (`EventExtractor`).
        case events
        /// Relation cue words (`RelationExtractor`, `RolePhraseReader`).
        case relations
        /// The tagger's gazetteer lists: features of the shipped model.
        case tagger
        /// Trained models (`models/`, not under `lexicons/`).
        case models
    }

    /// How the file is read.
    public enum Format: String, Sendable {
        /// One entry a line, `#` comments (`BundledResources.wordList`).
        case wordList
        /// Known entities, `LABEL⇥canonical⇥alias|alias⇥key=value;…` (`Lexicon`).
        case lexicon
        /// `ACRONYM⇥long form (…) | long form (…)` (`AmbiguousAcronyms`).
        case acronymTable
        /// `word⇥kind⇥argument` (`DateVocabulary`).
        case dateWordTable
        /// A word list whose lines start with a kind and a colon, `start:`, `after:` … (`PlaceWordLists`, `CountryNationalityValidator`, `HotelNameSpan`, the event venue-name stops).
        case contextList
        /// A binary tagger model (`ModelFileFormat`).
        case taggerModel
        /// `rule⇥precedence` lines: how each rule's mentions meet the tagger's spans (`RuleTaggerCombination`).
        case precedenceTable
        /// ICU transform rules, compiled with `utrans_openU` (`RTGSRomanizer`).
        case transliterationRules
        /// `head⇥level` lines: area heads and their level (`RelationExtractor.areaHeadLevels`).
        case areaHeadTable
        /// `thai⇥romanised⇥linking form` lines: words the romanisation rules cannot read (`RTGSExceptions`).
        case romanizationTable
    }

    /// The file name, e.g. `person-titles.txt` (unique across the bundle).
    public let file: String
    public let kind: Kind
    public let format: Format

    init(_ kind: Kind, _ file: String, _ format: Format = .wordList) {
        self.kind = kind
        self.file = file
        self.format = format
    }

    /// The path inside the bundle's `Resources` folder, e.g. `lexicons/person/person-titles.txt`.
    public var path: String {
        kind == .models ? "models/\(file)" : "lexicons/\(kind.rawValue)/\(file)"
    }

    public var description: String { path }
}
