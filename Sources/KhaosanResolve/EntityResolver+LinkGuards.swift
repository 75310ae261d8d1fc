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
}
