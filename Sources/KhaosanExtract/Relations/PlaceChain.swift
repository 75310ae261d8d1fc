import KhaosanCore

/// How places are written one after another in an address or after a venue cue: each a larger
/// area than the one before ("วัดราชาธิวาส เขตดุสิต กรุงเทพมหานคร"). The location rules of
/// `RelationExtractor` link a subject to every place of such a chain.
extension RelationExtractor {
    /// Area heads by level: 1 sub-district, 2 district, 3 province or capital, 4 country.
    static let areaHeadLevels: [(head: String, level: Int)] = [
        ("ประเทศ", 4), ("สาธารณรัฐ", 4), ("จังหวัด", 3), ("จ.", 3), ("กรุง", 3),
        ("กิ่งอำเภอ", 2), ("อำเภอ", 2), ("อ.", 2), ("เขต", 2), ("ตำบล", 1), ("ต.", 1), ("แขวง", 1),
    ]

    /// Names that start with an area head but name an office: a highway district ("แขวงทางหลวงชนบท").
    static let notAreaStarts = ["แขวงทางหลวง", "แขวงการทาง"]

    /// How large an area a PLACE mention names: 0 a venue or anything else, 1 a sub-district (ตำบล,
    /// แขวง), 2 a district (อำเภอ, เขต), 3 a province or capital, 4 a country — by its head, else by the
    /// gazetteer's type (a Thai AdministrativeArea in ไทย is a province, in a province a district).
    static func areaLevel(_ place: Mention) -> Int {
        let text = place.text
        if notAreaStarts.contains(where: { text.hasPrefix($0) }) { return 0 }
        if let head = areaHeadLevels.first(where: { text.hasPrefix($0.head) && text.count > $0.head.count }) {
            return head.level
        }
        switch place.attributes[MentionAttribute.schemaType] {
        case "Country": return 4
        case "AdministrativeArea": return place.attributes[MentionAttribute.containedIn] == "ไทย" ? 3 : 2
        default: return 0
        }
    }

    /// Whether a PLACE mention names a sub-district, district, province or capital (`areaLevel` 1–3).
    static func isAdministrativeArea(_ place: Mention) -> Bool { (1...3).contains(areaLevel(place)) }

    /// `first` and the PLACE mentions after it, at most one space apart, each a larger area than the
    /// one before ("วัดราชาธิวาส เขตดุสิต กรุงเทพมหานคร", "ต.โคกเคียน อ.เมืองนราธิวาส จ.นราธิวาส"); a list
    /// of places of one level ("จังหวัดระยอง จังหวัดกาญจนบุรี") is no chain.
    static func placeChain(from first: Mention, _ c: RelationContext) -> [Mention] {
        var chain = [first]
        while let last = chain.last, let next = c.mention(startingAfterSpaces: last.range.end, maxSpaces: 1),
              next.label == .place, next.range.start >= last.range.end, areaLevel(next) > areaLevel(last) {
            chain.append(next)
        }
        return chain
    }
}
