import KhaosanCore

/// The bundled word lists the place rules use (`BundledList.all(.place)`).
struct PlaceWordLists: Sendable {
    /// Heads after which any name is a place (`place-heads-admin.txt`): จังหวัด, อำเภอ, ตำบล, เขต, แขวง.
    let adminHeads: ScalarTrie
    /// Heads that need a known name after them (`place-heads-named.txt`): ประเทศ, กรุง, เมือง, อ., ต.
    let namedHeads: ScalarTrie
    /// Facility heads ThaiNER mostly labels PLACE (`place-heads-facility.txt`): โรงพยาบาล, ถนน, อาคาร.
    let facilityHeads: ScalarTrie
    /// Words that start like a head but are not one (`place-false-contexts.txt`, `start:` lines).
    let falseHeads: ScalarTrie
    /// Words after which no place starts (a gazetteer name or a head) (`place-false-contexts.txt`, `after:` and `name:` lines).
    let falsePrefixes: [[Unicode.Scalar]]
    /// Words that cannot start or continue an unknown place name (`place-name-stops.txt`).
    let nameStops: ScalarTrie
    /// Common words that cannot be the first word of an unknown place name (`place-name-false-starts.txt`).
    let nameFalseStarts: ScalarTrie
    /// Organisation heads: a place glued after one is part of the organisation's name (`place-org-heads.txt`).
    let organisationHeads: ScalarTrie
    /// Common nouns that alone name no place, though a head begins some ("ถนนสาย", "อาคารพาณิชย์":
    /// `span-check-generic-places.txt`, also read by `TaggerMentionValidator`).
    let genericPlaces: Set<String>
    /// Capitalised English words that may stand right before a place in English text
    /// ("In Japan", "The Philippines") without making it part of a longer name (`place-latin-lead-words.txt`).
    let latinLeadWords: Set<String>

    private static let contexts = BundledResources.requiredWordList(.placeFalseContexts)

    /// How a Thai province's name is headed when written with its head: "จังหวัดพะเยา", "จ.พะเยา".
    static let provinceHeads = ["จังหวัด", "จ."]

    /// The bundled country list (`places-countries.tsv`), read with the lexicon parser, for the
    /// rules that read its names and properties outside the gazetteer. The list is checked with the
    /// manifest before any pipeline is made, so a malformed line here stops the process with its
    /// error (as `requiredText`).
    static let countries: Lexicon = {
        let list = BundledList.placesCountries
        do {
            return try Lexicon(parsing: BundledResources.requiredText(list), origin: list.path)
        } catch {
            fatalError("\(error)")
        }
    }()

    static let bundled = PlaceWordLists(
        adminHeads: .bundled(.placeHeadsAdmin),
        namedHeads: .bundled(.placeHeadsNamed),
        facilityHeads: .bundled(.placeHeadsFacility),
        falseHeads: ScalarTrie(words: contexts.filter { $0.hasPrefix("start:") }.map { String($0.dropFirst(6)) }),
        falsePrefixes: contexts.filter { $0.hasPrefix("after:") || $0.hasPrefix("name:") }
            .map { Array($0.drop { $0 != ":" }.dropFirst().unicodeScalars) },
        nameStops: .bundled(.placeNameStops),
        nameFalseStarts: .bundled(.placeNameFalseStarts),
        organisationHeads: .bundled(.placeOrgHeads),
        genericPlaces: Set(BundledResources.requiredWordList(.spanCheckGenericPlaces)),
        latinLeadWords: Set(BundledResources.requiredWordList(.placeLatinLeadWords)))
}
