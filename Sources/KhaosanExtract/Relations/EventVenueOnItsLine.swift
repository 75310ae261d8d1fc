import KhaosanCore
import KhaosanText

/// The venue of an event written later on its line, after what the event is about, who organised
/// it, when, or who chaired it: "งานมอบรางวัลทุนหมุนเวียน ประจำปี 2560 ซึ่งจัดโดยกรมบัญชีกลาง เมื่อวันที่
/// 2 สิงหาคม 2560 ณ ตึกสันติไมตรี", "การประชุม… ครั้งที่ 1/2563 โดยมี … เป็นประธานการประชุมฯ ณ
/// ห้องประชุมเฉลิมพระเกียรติ". Offsets are scalars of the source text.
extension RelationExtractor {
    /// How far (scalars) after an EVENT its venue cue "ณ" may stand.
    static let venueAfterEventLimit = 360

    /// Location facts of `event` for the places after the first venue cue "ณ" after it on its line,
    /// within `venueAfterEventLimit`; none when another event is named first (its own EVENT
    /// mention, or an event noun that starts a name: "…มีมติให้จัดงาน… ณ …" places that other event),
    /// after a trip or a new list item (`VenueCue.stopsAGap`), or when no named place follows the cue.
    func venueLaterOnItsLine(of event: Mention, _ c: RelationContext) -> [RelationFact] {
        let end = min(c.text.count, event.range.end + Self.venueAfterEventLimit)
        var position = event.range.end
        while position < end {
            if c.text[position] == "\n" { return [] }
            if let other = c.mention(startingAt: position), other.label == .event { return [] }
            if Self.startsAnotherEvent(c.text, at: position) || VenueCue.stopsAGap(at: position, in: c.text) { return [] }
            if VenueCue.isCue(at: position, in: c.text) {
                let places = VenueCue.placeStarts(afterCue: position, in: c.text).compactMap { c.mention(startingAt: $0) }
                guard let place = places.first(where: { $0.label == .place && Self.isPlaceName($0.text) }) else { return [] }
                return locations(of: event, in: Self.placeChain(from: place, c), rule: "relation.event-venue-on-its-line")
            }
            position += 1
        }
        return []
    }

    /// Event nouns that start another event's name: the venue nouns and "งาน", at the start of a
    /// Thai run or glued after a lead word ("จัดงาน…"); not the same meeting named again
    /// ("การประชุมฯ").
    static let otherEventNouns = EventExtractor.venueNouns + [Array("งาน".unicodeScalars)]

    /// Whether an event noun that starts a name stands at `offset`.
    static func startsAnotherEvent(_ text: [Unicode.Scalar], at offset: Int) -> Bool {
        guard let noun = otherEventNouns.first(where: { text.matches($0, at: offset) }) else { return false }
        let end = offset + noun.count
        if end < text.count, text[end] == "ฯ" { return false }
        return offset == 0 || !ScalarClass.isThaiLetterOrSign(text[offset - 1]) || EventExtractor.followsNounLead(text, at: offset)
    }
}
