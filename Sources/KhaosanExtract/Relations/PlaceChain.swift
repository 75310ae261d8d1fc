import KhaosanCore
import KhaosanText

/// How places are written one after another in an address or after a venue cue: each a larger
/// area than the one before ("วัดราชาธิวาส เขตดุสิต กรุงเทพมหานคร"). The location rules of
/// `RelationExtractor` link a subject to every place of such a chain.
extension RelationExtractor {
    /// Area heads by level (`relation-area-heads.tsv`), in file order: 1 sub-district, 2 district,
    /// 3 province or capital, 4 country.
    static let areaHeadLevels: [(head: String, level: Int)] = {
        let list = BundledList.relationAreaHeads
        do {
            return try parseAreaHeads(BundledResources.requiredText(list), origin: list.path)
        } catch {
            fatalError("\(error)")
        }
    }()

    /// Names that start with an area head but name an office: a highway district ("แขวงทางหลวงชนบท").
    static let notAreaStarts = BundledResources.requiredWordList(.relationNotAreaStarts)

    /// Reads an area-head table: one `head⇥level` a line (`อำเภอ⇥2`), `#` comments.
    /// - Throws: `InputError` naming `origin` and the line for a line without a head and a level 1–4.
    static func parseAreaHeads(_ text: String, origin: String) throws -> [(head: String, level: Int)] {
        try ResourceText.numberedEntries(of: text).map { number, line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
            guard fields.count == 2, let level = Int(fields[1]), (1...4).contains(level) else {
                throw InputError(location: "\(origin):\(number)", reason: "expected 'head<TAB>level' with level 1-4, got '\(line)'")
            }
            return (String(fields[0]), level)
        }
    }

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
    /// of places of one level ("จังหวัดระยอง จังหวัดกาญจนบุรี") is no chain. Address parts that are no
    /// areas may stand before an administrative area of the chain (`areaAfterAddressParts`).
    static func placeChain(from first: Mention, _ c: RelationContext) -> [Mention] {
        var chain = [first]
        while let last = chain.last {
            if let next = c.mention(startingAfterSpaces: last.range.end, maxSpaces: 1), next.label == .place,
               next.range.start >= last.range.end, areaLevel(next) > areaLevel(last) {
                chain.append(next)
            } else if let next = areaAfterAddressParts(from: last.range.end, c), areaLevel(next) > areaLevel(last) {
                chain.append(next)
            } else {
                break
            }
        }
        return chain
    }

    /// Heads of address parts that are no areas (`relation-address-parts.txt`: บ้าน, หมู่ที่, ถนน, ชั้น …).
    static let addressPartHeads = BundledResources.requiredWordList(.relationAddressParts).map { Array($0.unicodeScalars) }
    /// Most address parts read between two places of a chain.
    static let maxAddressParts = 4

    /// The PLACE mention of an administrative area (`isAdministrativeArea`) that starts after one to
    /// `maxAddressParts` address parts written from `offset` on, one space before each ("สำนักสงฆ์…
    /// [บ้านหนองกรับ หมู่ที่ 3] ตำบลหนองบัว"): a part is an `addressPartHeads` word, at most one space
    /// and one word (its name or number), all on one line; nil without such a part or area.
    static func areaAfterAddressParts(from offset: Int, _ c: RelationContext) -> Mention? {
        var position = offset
        for _ in 0..<maxAddressParts {
            let start = c.skipSpacesForward(from: position, max: 1)
            guard start > position, start < c.text.count,
                  let head = addressPartHeads.first(where: { c.text.matches($0, at: start) }) else { break }
            var end = start + head.count
            if end < c.text.count, ScalarClass.isWordSpace(c.text[end]) { end += 1 }
            let wordStart = end
            while end < c.text.count, !c.text[end].properties.isWhitespace { end += 1 }
            guard end > wordStart else { return nil }
            position = end
            let next = c.mention(startingAfterSpaces: position, maxSpaces: 1)
            if let next, next.label == .place, next.range.start > position, isAdministrativeArea(next) { return next }
        }
        return nil
    }
}
