import KhaosanCore
import KhaosanText

/// Where a place name that is also an adjective ("ไทย": อาหารไทย, คนไทย, สังคมไทย — Thai food,
/// Thai people, Thai society) names the place: after a preposition (`place-prepositions.txt`:
/// "ของไทย", "ระหว่างไทย", spaces allowed) or in a pair with a dash ("ไทย-กัมพูชา",
/// "ไทย – ญี่ปุ่น", dash before or after, spaces allowed). The names are the lexicon's
/// `needsPreposition=NAME` properties. The gazetteer rule (`PlaceExtractor`) and the
/// validator of other rules' PLACE mentions (`AdjectivePlaceNameValidator`) both ask this.
struct AdjectivePlaceName: Sendable {
    static let prepositions: [[Unicode.Scalar]] =
        BundledResources.requiredWordList(.placePrepositions).map { Array($0.unicodeScalars) }

    /// Whether `scalar` is a dash that joins two names ("-", "–", "—").
    static func isDash(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}" }

    /// Whether the name at `range` of `scalars` stands where it names a place.
    static func isPlaceContext(_ range: ScalarRange, in scalars: [Unicode.Scalar]) -> Bool {
        var before = range.start
        while before > 0, ScalarClass.isWordSpace(scalars[before - 1]) { before -= 1 }
        if before > 0, isDash(scalars[before - 1]) { return true }
        if prepositions.contains(where: { scalars.matches($0, endingAt: before) }) { return true }
        var after = range.end
        while after < scalars.count, ScalarClass.isWordSpace(scalars[after]) { after += 1 }
        return after < scalars.count && isDash(scalars[after])
    }
}

/// Drops a PLACE mention of another rule (the tagger, mostly) whose text is an adjective place
/// name (`needsPreposition=`, "ไทย") outside a place context (`AdjectivePlaceName`): "คนไทย",
/// "สมุนไพรไทย", "รัฐบาลไทย" are nationality words, as the gazetteer already reads them.
/// Offsets in scalars of the source text.
public struct AdjectivePlaceNameValidator: Sendable {
    /// The adjective names ("ไทย").
    let names: Set<String>

    public init(names: Set<String>) { self.names = names }

    /// The names of the bundled country list's `needsPreposition=` properties (`PlaceWordLists.countries`).
    public static let bundled = AdjectivePlaceNameValidator(names: Set(
        PlaceWordLists.countries.entries.compactMap { $0.properties["needsPreposition"] }
            .flatMap { $0.split(separator: ",").map(String.init) }))

    /// `mentions` without the adjective uses of the names.
    public func filter(_ mentions: [Mention], text scalars: [Unicode.Scalar]) -> [Mention] {
        mentions.filter { mention in
            mention.label != .place || mention.source == "place.gazetteer" || !names.contains(mention.text)
                || AdjectivePlaceName.isPlaceContext(mention.range, in: scalars)
        }
    }
}
