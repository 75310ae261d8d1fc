import KhaosanCore

/// Drops a PLACE mention of a country's name written right after a noun that makes it a
/// nationality or a language (`place-nationality-nouns.txt`, `after:` lines): "ชาว|จีน",
/// "แรงงาน|เมียนมา", "สัญชาติ|กัมพูชา", "ภาษา|ญี่ปุ่น" name people or a language, not the country
/// (ThaiNER TRAIN mostly leaves them unlabelled). A longer word of the `keep:` lines ending there
/// ("ผู้ช่วยทูตทหาร|สาธารณรัฐเช็ก") keeps the country, and so does a space after the noun
/// ("93 คน อ.นบพิตำ", "1.85 ล้านคน อเมริกา": a count, then the place). A province or any other
/// place after these nouns stays ("ชาวสุพรรณบุรี": ThaiNER labels it). Whatever rule found the
/// mention (gazetteer, head, tagger). Offsets in scalars of the source text.
public struct CountryNationalityValidator: Sendable {
    /// Every Thai name and alias of a country ("จีน", "สาธารณรัฐประชาชนจีน", "เมียนมา").
    let countries: Set<String>
    /// The nouns, and the longer words ending in one that keep the country.
    let nouns: [[Unicode.Scalar]]
    let keeps: [[Unicode.Scalar]]

    public init(countries: Set<String>, nouns: [String], keeps: [String]) {
        self.countries = countries
        self.nouns = nouns.map { Array($0.unicodeScalars) }
        self.keeps = keeps.map { Array($0.unicodeScalars) }
    }

    /// The names of the bundled country list (`PlaceWordLists.countries`) and the bundled nouns.
    public static let bundled: CountryNationalityValidator = {
        let lines = BundledResources.requiredWordList(.placeNationalityNouns)
        func entries(_ kind: String) -> [String] {
            lines.filter { $0.hasPrefix(kind + ":") }.map { String($0.dropFirst(kind.count + 1)) }
        }
        let names = PlaceWordLists.countries.entries.filter { $0.properties["type"] == "Country" }.flatMap(\.allNames)
        return CountryNationalityValidator(countries: Set(names), nouns: entries("after"), keeps: entries("keep"))
    }()

    /// `mentions` without the countries written as nationalities.
    public func filter(_ mentions: [Mention], text scalars: [Unicode.Scalar]) -> [Mention] {
        mentions.filter { mention in
            guard mention.label == .place, countries.contains(mention.text) else { return true }
            let start = mention.range.start
            return !nouns.contains { scalars.matches($0, endingAt: start) }
                || keeps.contains { scalars.matches($0, endingAt: start) }
        }
    }
}
