import KhaosanCore
import KhaosanText

/// Extends a found name over what ThaiNER and the graph count as part of it:
/// a place glued to it ("มหาวิทยาลัยราชภัฏ|กำแพงเพชร", "อบต.|โป่งผา" — the place is
/// also kept as the organisation's `location` attribute; not a place that is also a word ending a
/// name, "กองทัพไทย|คง" where คง is "probably", not อำเภอคง) and a numbered unit
/// ("สพม. เขต 10", "สถานีวิทยุโทรทัศน์แห่งประเทศไทย ช่อง 11", "กรมทหารราบที่ 3",
/// "คณะกรรมการกลั่นกรองเรื่องเสนอคณะรัฐมนตรี คณะที่ 2").
///
/// It also records the owner named after "ของ"/"แห่ง" at the end of a name
/// (`parentOrganization` or `location`), and a place after จังหวัด/อำเภอ at its end (`location`).
struct OrganizationSuffixExtender {
    let organizations: OrganizationLexiconMatcher
    let places: OrganizationLexiconMatcher
    /// Words that number a unit of an organisation.
    static let unitWords = ["เขต", "ช่อง", "ภาค", "ที่", "คณะที่"]

    /// `candidate` extended; `endsName(offset)` tells whether a word that ends a name (a stop word)
    /// starts at an offset.
    func extend(_ candidate: OrganizationCandidate, in index: TokenIndex,
                endsName: (Int) -> Bool = { _ in false }) -> OrganizationCandidate {
        var result = candidate
        let scalars = index.scalars
        var end = candidate.range.end
        if end < scalars.count, ScalarClass.isThaiLetterOrSign(scalars[end]), !endsName(end),
           let place = places.longestMatch(in: index, at: end) {
            result.attributes[MentionAttribute.location] = place.entry.name
            end = place.end
        }
        let nameEnd = end
        if let unitEnd = numberedUnitEnd(after: end, in: index) { end = unitEnd }
        result.range = ScalarRange(candidate.range.start, end)
        recordOwner(of: &result, in: index)
        recordPlaceAfterHead(of: &result, nameEnd: nameEnd, in: index)
        return result
    }

    /// Heads after which the end of a name is a place: "สำนักงานอุตสาหกรรมจังหวัด|ตราด",
    /// "ที่ทำการปกครองอำเภอ|ชนบท"; a region is matched with its head ("…เกษตร|ภาคกลาง").
    static let placeHeads = ["จังหวัด", "อำเภอ", "จ.", "อ.", "ภาค"]

    /// "…จังหวัดตราด" at the end of the name (before a numbered unit, `nameEnd`): the place is the
    /// organisation's `location`, when no other place or owner was recorded.
    private func recordPlaceAfterHead(of candidate: inout OrganizationCandidate, nameEnd: Int, in index: TokenIndex) {
        guard candidate.attributes[MentionAttribute.location] == nil,
              candidate.attributes[MentionAttribute.parentOrganization] == nil else { return }
        let scalars = index.scalars
        var i = nameEnd - 1
        while i > candidate.range.start {
            for head in Self.placeHeads where index.hasPrefix(head, at: i) {
                // "จ." and "อ." only as words of their own, not the end of an acronym ("สพจ.").
                if head.hasSuffix("."), ScalarClass.isThaiLetterOrSign(scalars[i - 1]) { continue }
                let placeStart = head == "ภาค" ? i : i + head.unicodeScalars.count
                if let place = places.longestMatch(in: index, at: placeStart), place.end == nameEnd {
                    candidate.attributes[MentionAttribute.location] = place.entry.name
                    return
                }
            }
            i -= 1
        }
    }

    /// "…ของ UNESCO" / "…แห่งสหประชาชาติ" at the end of the name: the known owner.
    private func recordOwner(of candidate: inout OrganizationCandidate, in index: TokenIndex) {
        let range = candidate.range
        for marker in ["ของ", "แห่ง"] {
            var i = range.end - 1
            while i > range.start, !index.hasPrefix(marker, at: i) { i -= 1 }
            guard i > range.start else { continue }
            var after = i + marker.unicodeScalars.count
            if after < range.end, index.scalars[after] == " " { after += 1 }
            if let owner = organizations.longestMatch(in: index, at: after), owner.end == range.end {
                candidate.attributes[MentionAttribute.parentOrganization] = owner.entry.name
                return
            }
            if let place = places.longestMatch(in: index, at: after), place.end == range.end {
                candidate.attributes[MentionAttribute.location] = place.entry.name
                return
            }
        }
    }

    /// End of " เขต 10", "ที่ 3", "ช่อง 11" starting at `offset`, if there is one.
    private func numberedUnitEnd(after offset: Int, in index: TokenIndex) -> Int? {
        let scalars = index.scalars
        var i = offset
        if i < scalars.count, scalars[i] == " " { i += 1 }
        guard let word = Self.unitWords.first(where: { index.hasPrefix($0, at: i) }) else { return nil }
        i += word.unicodeScalars.count
        if i < scalars.count, scalars[i] == " " { i += 1 }
        let digitsStart = i
        while i < scalars.count, Self.isDigit(scalars[i]) { i += 1 }
        guard i > digitsStart, i - digitsStart <= 3 else { return nil }
        if i < scalars.count, scalars[i] == "." || scalars[i] == "/" || scalars[i] == "," { return nil }
        return i
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || (0x0E50...0x0E59).contains(s.value)
    }
}
