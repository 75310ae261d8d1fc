import KhaosanCore

/// Drops a PLACE mention of a country's name written right after a noun that makes it a language or an
/// ancestry (`place-nationality-nouns.txt`, `after:` lines): "ภาษา|ญี่ปุ่น", "เชื้อสาย|จีน" name a language
/// and a descent, not the country (ThaiNER TRAIN leaves a country after ภาษา unlabelled every time), as the
/// place rules already read them (`place-false-contexts.txt`); this carries it to the tagger's PLACEs. A
/// space after the noun keeps the country ("2 ภาษา ไทย-อังกฤษ"), and so does any other place. Offsets in
/// scalars of the source text.
public struct CountryNationalityValidator: Sendable {
    /// Every Thai name and alias of a country ("จีน", "สาธารณรัฐประชาชนจีน", "เมียนมา").
    let countries: Set<String>
    /// The nouns after which a country is no place.
    let nouns: [[Unicode.Scalar]]

    /// A validator for the country names `countries` after the words `nouns`.
    public init(countries: Set<String>, nouns: [String]) {
        self.countries = countries
        self.nouns = nouns.map { Array($0.unicodeScalars) }
    }

    /// The names of the bundled country list (`PlaceWordLists.countries`) and the bundled nouns.
    public static let bundled: CountryNationalityValidator = {
        let nouns = BundledResources.requiredWordList(.placeNationalityNouns)
            .filter { $0.hasPrefix("after:") }.map { String($0.dropFirst(6)) }
        let names = PlaceWordLists.countries.entries.filter { $0.properties["type"] == "Country" }.flatMap(\.allNames)
        return CountryNationalityValidator(countries: Set(names), nouns: nouns)
    }()

    /// `mentions` without the countries written as a language or an ancestry.
    public func filter(_ mentions: [Mention], text scalars: [Unicode.Scalar]) -> [Mention] {
        mentions.filter { mention in
            guard mention.label == .place, countries.contains(mention.text) else { return true }
            return !nouns.contains { scalars.matches($0, endingAt: mention.range.start) }
        }
    }
}
