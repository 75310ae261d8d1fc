import KhaosanCore

/// Names that look alike but are different things, kept apart by `EntityResolver` before its
/// links are followed.
extension EntityResolver {
    /// Whether an ORG name has a dotted acronym as one of its words ("คณะกรรมการ ป.ป.ช.", "คณะกรรมการ อสป."):
    /// such names are kept out of typo matching, where one letter of the acronym is another body
    /// ("คณะกรรมการ ป.ป.ท.", "คณะกรรมการ อ.ส.ค."), not a typo.
    static func containsAcronymWord(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(".") else { return false }
        return text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).contains { NameKey.isAcronym(String($0)) }
    }

    /// Whether a PLACE mention written with a district head ("อำเภอพระนครศรีอยุธยา", "อ.พระนครศรีอยุธยา")
    /// has as canonical name (`valueKey`) the province it lies in: the district shares the province's
    /// name, and a value link would join it to the province. Its own key keeps the head.
    static func isDistrictNamedLikeItsProvince(_ mention: Mention, valueKey: String, names: NameCache) -> Bool {
        guard let province = mention.attributes[MentionAttribute.containedIn],
              names.key(for: .place, text: province) == valueKey else { return false }
        let key = names.key(for: .place, text: mention.text)
        return districtHeads.contains { key.hasPrefix($0) && key.dropFirst($0.count) == valueKey }
    }

    /// Heads of a district's name, as they begin a PLACE key ("อ." is written out by `NameKey`).
    static let districtHeads = ["อำเภอ", "เมือง"]

    /// Whether an ORG mention matched a lexicon body under its name plus a place ("ศุลกากรหนองคาย",
    /// "พม.ชลบุรี", "ตร.เมียนมา", "รัฐสภาสหรัฐฯ", "วท.สัตหีบ"; the extractor's `location`): that is the body's
    /// branch there or another country's counterpart, not the body; it keeps its own node (and its
    /// location). With Thailand as the place ("อย.ไทย", "กองทัพเรือไทย") it is the body itself.
    package static func namesTheBodyElsewhere(_ mention: Mention, lexiconKey: String, names: NameCache) -> Bool {
        guard mention.label == .organization, let place = mention.attributes[MentionAttribute.location],
              names.key(for: .place, text: place) != thailandKey else { return false }
        return names.key(for: .organization, text: mention.text) != lexiconKey
    }

    /// The PLACE key of Thailand ("ประเทศไทย" ≡ "ไทย").
    package static let thailandKey = "ไทย"
}
