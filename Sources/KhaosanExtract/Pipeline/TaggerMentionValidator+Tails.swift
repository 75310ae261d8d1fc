import KhaosanCore

/// Rules 11 and 12: what the tagger left out after a span that belongs to it (the province of a
/// provincial office, the number of a bridge or road named after King Rama).
extension TaggerMentionValidator {
    static let rama = Array("พระราม".unicodeScalars)

    /// `mention` run over " N" (one space, one or two digits) when it is a tagger PLACE ending with
    /// พระราม: "สะพานพระราม| 8" is Rama VIII Bridge (rule 12). `text` holds the source scalars.
    func withRamaNumber(_ mention: Mention, text: [Unicode.Scalar]) -> Mention {
        let end = mention.range.end
        guard mention.source == RuleTaggerCombination.taggerSource, mention.label == .place, end + 1 < text.count, text[end] == " ",
              end - mention.range.start > Self.rama.count, text.matches(Self.rama, endingAt: end) else { return mention }
        var digitsEnd = end + 1
        while digitsEnd < text.count, digitsEnd - end <= 3, ("0"..."9").contains(text[digitsEnd]) { digitsEnd += 1 }
        guard digitsEnd > end + 1, digitsEnd - end <= 3, digitsEnd == text.count || !("0"..."9").contains(text[digitsEnd])
        else { return mention }
        var extended = mention
        extended.range = ScalarRange(mention.range.start, digitsEnd)
        extended.text = String(String.UnicodeScalarView(text[mention.range.start..<digitsEnd]))
        return extended
    }

    /// Heads of offices whose provincial branch is named "<office>จังหวัด<province>"; ThaiNER labels
    /// the whole ORG ("สำนักงานสาธารณสุขจังหวัดลพบุรี", 16 of 16 such spans of TRAIN).
    static let provincialOfficeHeads = ["สำนักงาน", "สำนัก", "ศูนย์", "องค์การ"].map { Array($0.unicodeScalars) }
    static let provinceHeadWords = PlaceWordLists.provinceHeads.map { Array($0.unicodeScalars) }

    /// `mentions` where a tagger ORG led by an office head is followed, glued, by a PLACE that begins
    /// with จังหวัด/จ. ("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์|จังหวัดพิจิตร") or by จังหวัด and a PLACE
    /// ("…มนุษย์|จังหวัด|นราธิวาส"): the ORG runs over the province and the PLACE goes. `text` holds the
    /// source scalars the ranges index. Order is kept.
    func joiningProvinces(_ mentions: [Mention], text: [Unicode.Scalar]) -> [Mention] {
        var placeAt: [Int: Int] = [:]
        for (k, mention) in mentions.enumerated() where mention.label == .place { placeAt[mention.range.start] = k }
        guard !placeAt.isEmpty else { return mentions }
        var result = mentions
        var joined = Set<Int>()
        for (k, mention) in mentions.enumerated() where mention.source == RuleTaggerCombination.taggerSource && mention.label == .organization {
            let name = Array(mention.text.unicodeScalars)
            guard Self.provincialOfficeHeads.contains(where: { name.count > $0.count && name.starts(with: $0) }),
                  mention.range.end <= text.count else { continue }
            var start = mention.range.end
            if let head = Self.provinceHeadWords.first(where: { text.matches($0, at: start) }), placeAt[start] == nil {
                start += head.count
            }
            guard let p = placeAt[start], !joined.contains(p) else { continue }
            let place = mentions[p]
            let placeText = Array(place.text.unicodeScalars)
            guard start > mention.range.end || Self.provinceHeadWords.contains(where: { placeText.starts(with: $0) })
            else { continue }
            result[k].range = ScalarRange(mention.range.start, place.range.end)
            result[k].text = String(String.UnicodeScalarView(text[mention.range.start..<place.range.end]))
            joined.insert(p)
        }
        return result.indices.filter { !joined.contains($0) }.map { result[$0] }
    }
}
