import KhaosanCore
import KhaosanText

/// Places named like, or after, an organisation found earlier: convention centres the organisation
/// rules took for ORGs, and rooms and buildings named after an organisation.
extension PlaceExtractor {
    /// Heads of convention and exhibition centres: ThaiNER labels such a centre PLACE
    /// ("ศูนย์การประชุมแห่งชาติ", "ศูนย์นิทรรศการและการประชุมไบเทค"), though the organisation head ศูนย์ begins it.
    static let venueHeads = ["ศูนย์การประชุม", "ศูนย์ประชุม", "ศูนย์นิทรรศการ", "ศูนย์การแสดงสินค้า", "ศูนย์แสดงสินค้า"]
        .map { Array($0.unicodeScalars) }
    /// The first letter of every venue head (ศ): at other offsets no dictionary lookup is needed.
    static let venueInitial: Unicode.Scalar = "ศ"

    /// An organisation found earlier at `start` that is a named convention or exhibition centre
    /// (a venue head and more) as one PLACE over the same range; its confidence (0.96, above any
    /// ORG rule) makes overlap resolution keep it. A bare head ("ศูนย์การประชุม") names nothing.
    func venueFoundAsOrganisation(at start: Int, organisationEnds: [Int: Int], scalars: [Unicode.Scalar]) -> Candidate? {
        guard scalars[start] == Self.venueInitial, let end = organisationEnds[start],
              Self.venueHeads.contains(where: { $0.count < end - start && scalars.matches($0, at: start) }) else { return nil }
        return Candidate(range: ScalarRange(start, end), entry: nil, source: "place.venue", confidence: 0.96)
    }

    /// Heads of rooms and buildings that take an organisation's name glued after them.
    static let roomHeads: Set<String> = ["ห้องประชุม", "หอประชุม", "อาคาร", "ตึก"]

    /// "ห้องประชุมกระทรวงเกษตรและสหกรณ์", "อาคารรัฐสภา 2": a room or building head glued to an
    /// organisation found earlier is one PLACE (ThaiNER: "ห้องประชุมคณะรัฐมนตรี", "ตึกบัญชาการ 1"); the
    /// organisation inside is part of the name, and the PLACE's confidence (0.96, above any ORG rule)
    /// makes overlap resolution keep it. Nothing else found earlier may overlap it.
    func roomNamedAfterOrganisation(at start: Int, organisationEnds: [Int: Int], taken: SpanOverlapIndex,
                                    scalars: [Unicode.Scalar]) -> Candidate? {
        guard let headEnd = lists.facilityHeads.longestMatchEnd(in: scalars, at: start),
              Self.roomHeads.contains(Document.string(scalars[start..<headEnd])),
              let organisationEnd = organisationEnds[headEnd] else { return nil }
        let end = withNumber(after: organisationEnd, scalars: scalars)
        let range = ScalarRange(start, end)
        guard taken.firstID(near: range, where: { $0.overlaps(range) && !ScalarRange(headEnd, organisationEnd).contains($0) }) == nil
        else { return nil }
        return Candidate(range: range, entry: nil, source: "place.facility+org", confidence: 0.96)
    }
}
