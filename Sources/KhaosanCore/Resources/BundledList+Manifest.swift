/// The manifest: every list the resource bundle ships, by name. A new list is added here
/// (and to `all`) before any code reads it; `BundledListManifestTests` checks that this
/// table and the files under `Resources/lexicons/` agree.
extension BundledList {
    // text
    public static let abbreviations = BundledList(.text, "abbreviations.txt")
    public static let unitFunctionWords = BundledList(.text, "unit-function-words.txt")
    public static let rtgsRules = BundledList(.text, "rtgs-rules.txt", .transliterationRules)
    public static let rtgsExceptions = BundledList(.text, "rtgs-exceptions.tsv", .romanizationTable)
    // dates
    public static let dateCueWords = BundledList(.dates, "date-cue-words.txt")
    public static let dateWords = BundledList(.dates, "date-words.txt", .dateWordTable)
    public static let dateLawTitleBreaks = BundledList(.dates, "date-law-title-breaks.txt")
    public static let dateLawTitleWords = BundledList(.dates, "date-law-title-words.txt")
    // events
    public static let eventFunctionWords = BundledList(.events, "event-function-words.txt")
    public static let eventNounLeads = BundledList(.events, "event-noun-leads.txt")
    public static let eventNouns = BundledList(.events, "event-nouns.txt")
    public static let eventThaiNameNouns = BundledList(.events, "event-thai-name-nouns.txt")
    public static let eventVenueNameStops = BundledList(.events, "event-venue-name-stops.txt", .contextList)
    public static let eventVenueNouns = BundledList(.events, "event-venue-nouns.txt")
    // org
    public static let orgAmbiguousAcronyms = BundledList(.org, "org-ambiguous-acronyms.txt", .acronymTable)
    public static let orgComplementNameWords = BundledList(.org, "org-complement-name-words.txt")
    public static let orgDefinitionHeads = BundledList(.org, "org-definition-heads.txt")
    public static let orgGenericComplements = BundledList(.org, "org-generic-complements.txt")
    public static let orgGenericNames = BundledList(.org, "org-generic-names.txt")
    public static let orgHeadFalseLeads = BundledList(.org, "org-head-false-leads.txt")
    public static let orgHeads = BundledList(.org, "org-heads.txt")
    public static let orgLatinWords = BundledList(.org, "org-latin-words.txt")
    public static let orgLocalBodyAcronyms = BundledList(.org, "org-local-body-acronyms.txt")
    public static let orgMinistryTitles = BundledList(.org, "org-ministry-titles.txt")
    public static let orgNameParts = BundledList(.org, "org-name-parts.txt")
    public static let orgNotAcronyms = BundledList(.org, "org-not-acronyms.txt")
    public static let orgSpaceContinuations = BundledList(.org, "org-space-continuations.txt")
    public static let orgSpaceHeads = BundledList(.org, "org-space-heads.txt")
    public static let orgStopWords = BundledList(.org, "org-stop-words.txt")
    public static let orgVerbsAfterNames = BundledList(.org, "org-verbs-after-names.txt")
    public static let organizationsGovernment = BundledList(.org, "organizations-government.tsv", .lexicon)
    public static let organizationsThaiNER = BundledList(.org, "organizations-thainer.tsv", .lexicon)
    public static let organizations = BundledList(.org, "organizations.tsv", .lexicon)
    // person
    public static let personNameStops = BundledList(.person, "person-name-stops.txt")
    public static let personNotGivenNames = BundledList(.person, "person-not-given-names.txt")
    public static let personRoyalEpithets = BundledList(.person, "person-royal-epithets.txt")
    public static let personRoyalTitles = BundledList(.person, "person-royal-titles.txt")
    public static let personTitleFalseEnds = BundledList(.person, "person-title-false-ends.txt")
    public static let personTitleFalseStarts = BundledList(.person, "person-title-false-starts.txt")
    public static let personTitles = BundledList(.person, "person-titles.txt")
    public static let personClergyRankTitles = BundledList(.person, "person-clergy-rank-titles.txt")
    public static let personTitleFalseLeads = BundledList(.person, "person-title-false-leads.txt")
    public static let personNameGluedAbbreviations = BundledList(.person, "person-name-glued-abbreviations.txt")
    public static let personNameGluedStops = BundledList(.person, "person-name-glued-stops.txt")
    public static let personRoyalNameHeads = BundledList(.person, "person-royal-name-heads.txt")
    public static let personRoyalSuffixes = BundledList(.person, "person-royal-suffixes.txt")
    public static let personWeakTitles = BundledList(.person, "person-weak-titles.txt")
    public static let personsClergy = BundledList(.person, "persons-clergy.tsv", .lexicon)
    public static let personsOfficials = BundledList(.person, "persons-officials.tsv", .lexicon)
    public static let personsRoyal = BundledList(.person, "persons-royal.tsv", .lexicon)
    public static let roleNouns = BundledList(.person, "role-nouns.txt")
    public static let thainerPersons = BundledList(.person, "thainer-persons.tsv", .lexicon)
    // place
    public static let placeFalseContexts = BundledList(.place, "place-false-contexts.txt", .contextList)
    public static let placeHeadsAdmin = BundledList(.place, "place-heads-admin.txt")
    public static let placeHeadsFacility = BundledList(.place, "place-heads-facility.txt")
    public static let placeHeadsNamed = BundledList(.place, "place-heads-named.txt")
    public static let placeHotelNames = BundledList(.place, "place-hotel-names.txt", .contextList)
    public static let placeLatinLeadWords = BundledList(.place, "place-latin-lead-words.txt")
    public static let placeNameFalseStarts = BundledList(.place, "place-name-false-starts.txt")
    public static let placeNameStops = BundledList(.place, "place-name-stops.txt")
    public static let placeNationalityNouns = BundledList(.place, "place-nationality-nouns.txt", .contextList)
    public static let placeOrgHeads = BundledList(.place, "place-org-heads.txt")
    public static let placePrepositions = BundledList(.place, "place-prepositions.txt")
    public static let placesCountries = BundledList(.place, "places-countries.tsv", .lexicon)
    public static let placesRegions = BundledList(.place, "places-regions.tsv", .lexicon)
    public static let placesThaiDistricts = BundledList(.place, "places-th-districts.tsv", .lexicon)
    public static let placesThaiProvinces = BundledList(.place, "places-th-provinces.tsv", .lexicon)
    public static let placesWorldCities = BundledList(.place, "places-world-cities.tsv", .lexicon)
    public static let thainerPlaces = BundledList(.place, "thainer-places.tsv", .lexicon)
    // relations
    public static let relationAddressParts = BundledList(.relations, "relation-address-parts.txt")
    public static let relationAreaHeads = BundledList(.relations, "relation-area-heads.tsv", .areaHeadTable)
    public static let relationBranchHeads = BundledList(.relations, "relation-branch-heads.txt")
    public static let relationListLeads = BundledList(.relations, "relation-list-leads.txt")
    public static let relationNationalBodyStarts = BundledList(.relations, "relation-national-body-starts.txt")
    public static let relationNationalWords = BundledList(.relations, "relation-national-words.txt")
    public static let relationNotAreaStarts = BundledList(.relations, "relation-not-area-starts.txt")
    public static let relationRoleStopWords = BundledList(.relations, "relation-role-stop-words.txt")
    public static let relationVenueFillers = BundledList(.relations, "relation-venue-fillers.txt")
    public static let relationVenueGapStops = BundledList(.relations, "relation-venue-gap-stops.txt")
    // span-check
    public static let spanCheckEndWords = BundledList(.spanCheck, "span-check-end-words.txt")
    public static let spanCheckExtraTitles = BundledList(.spanCheck, "span-check-extra-titles.txt")
    public static let spanCheckGenericPlaces = BundledList(.spanCheck, "span-check-generic-places.txt")
    public static let spanCheckRoyalNouns = BundledList(.spanCheck, "span-check-royal-nouns.txt")
    public static let spanCheckHeadNames = BundledList(.spanCheck, "span-check-head-names.txt")
    public static let spanCheckNumberedWords = BundledList(.spanCheck, "span-check-numbered-words.txt")
    public static let spanCheckPlaceLeads = BundledList(.spanCheck, "span-check-place-leads.txt")
    public static let spanCheckVerbs = BundledList(.spanCheck, "span-check-verbs.txt")
    // tagger: every list of this kind is a gazetteer feature of a newly trained model. They overlap
    // the canonical lists but are not derived from them, because a derived list is another feature:
    // tagger-titles has 116 of its 134 entries in person-titles (205), tagger-roles 44/54 in
    // role-nouns (159), tagger-places 192/197 in places-*.tsv (1,758 names), tagger-org-heads 38/77
    // in org-heads, tagger-place-heads 31/45 in place-heads-*; tagger-months has no canonical list.
    // Training from the canonical lists would change the features of the next model, and
    // TaggerMentionValidator reads tagger-org-heads and tagger-place-heads at run time.
    public static let taggerMonths = BundledList(.tagger, "tagger-months.txt")
    public static let taggerOrgHeads = BundledList(.tagger, "tagger-org-heads.txt")
    public static let taggerPlaceHeads = BundledList(.tagger, "tagger-place-heads.txt")
    public static let taggerPlaces = BundledList(.tagger, "tagger-places.txt")
    public static let taggerRoles = BundledList(.tagger, "tagger-roles.txt")
    public static let taggerTitles = BundledList(.tagger, "tagger-titles.txt")
    // models
    public static let taggerModel = BundledList(.models, "thainer-tagger.khm", .taggerModel)
    public static let taggerPrecedence = BundledList(.models, "thainer-tagger-precedence.tsv", .precedenceTable)

    /// Every bundled list, sorted by file name.
    public static let all: [BundledList] = [
        abbreviations, unitFunctionWords, rtgsRules, rtgsExceptions, dateCueWords, dateWords, dateLawTitleBreaks, dateLawTitleWords,
        eventFunctionWords, eventNounLeads, eventNouns, eventThaiNameNouns, eventVenueNameStops, eventVenueNouns,
        orgAmbiguousAcronyms, orgComplementNameWords, orgDefinitionHeads, orgGenericComplements, orgGenericNames, orgHeadFalseLeads, orgHeads, orgLatinWords,
        orgLocalBodyAcronyms, orgMinistryTitles, orgNameParts, orgNotAcronyms, orgSpaceContinuations, orgSpaceHeads, orgStopWords,
        orgVerbsAfterNames,
        organizationsGovernment, organizationsThaiNER, organizations,
        personNameStops, personNotGivenNames, personRoyalEpithets, personRoyalTitles, personTitleFalseEnds, personTitleFalseStarts,
        personTitles, personClergyRankTitles, personTitleFalseLeads, personsClergy, personsOfficials, personsRoyal, personNameGluedAbbreviations, personNameGluedStops, personRoyalNameHeads,
        personRoyalSuffixes, personWeakTitles,
        placeFalseContexts, placeHeadsAdmin, placeHeadsFacility, placeHeadsNamed, placeHotelNames, placeLatinLeadWords, placeNameFalseStarts,
        placeNameStops, placeNationalityNouns, placeOrgHeads, placePrepositions,
        placesCountries, placesRegions, placesThaiDistricts, placesThaiProvinces, placesWorldCities,
        roleNouns, relationAddressParts, relationAreaHeads, relationBranchHeads, relationListLeads, relationNationalBodyStarts, relationNationalWords,
        relationNotAreaStarts, relationRoleStopWords, relationVenueFillers, relationVenueGapStops,
        spanCheckEndWords, spanCheckExtraTitles, spanCheckGenericPlaces, spanCheckRoyalNouns, spanCheckHeadNames, spanCheckNumberedWords, spanCheckPlaceLeads,
        spanCheckVerbs,
        taggerMonths, taggerOrgHeads, taggerPlaceHeads, taggerPlaces, taggerRoles, taggerTitles,
        thainerPersons, thainerPlaces, taggerModel, taggerPrecedence,
    ].sorted { $0.file < $1.file }

    /// The lists of `kind`, sorted by file name.
    public static func all(_ kind: Kind) -> [BundledList] { all.filter { $0.kind == kind } }

    /// The lexicons (`.lexicon` format), sorted by file name: the order `Lexicon.bundled()` adds them in.
    public static var lexicons: [BundledList] { all.filter { $0.format == .lexicon } }
}
