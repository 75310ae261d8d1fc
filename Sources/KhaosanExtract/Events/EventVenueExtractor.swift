import KhaosanCore

/// The unnumbered Thai events of `EventExtractor.venueNamedEvents` whose venue only the tagger
/// finds: it runs after the tagger, so a PLACE span of the tagger after "ณ" places an event too
/// ("เป็นประธาน[การลงนามในบันทึกข้อตกลงความร่วมมือ] ระหว่าง… ณ ห้องราชวัลลภ", "ร่วม[กิจกรรมจิตอาสา…] …
/// ณ บริเวณตลาดน้ำยามเย็นคลองขุดเจ้าเมือง"). `EventExtractor` runs before the tagger and finds the
/// events before the places of the rules (the tagger reads those events as features); this pass
/// adds those it could not see, overlapping none of the earlier events and no mention of the rules:
/// "เป็นประธานการประชุม[คณะรัฐมนตรี] ณ ห้องประชุม 501 ตึกบัญชาการ" keeps its ORG (a weekly meeting
/// without a number; 76 of the cabinet's mentions in the 20,000 thaigov articles), "พิธีถวายพระพรชัยมงคล
/// [พระบาทสมเด็จพระเจ้าอยู่หัว]" its PERSON. So no name here holds an ORG of the rules, and no event of
/// this pass has an organizer. Offsets are normalised scalars.
public struct EventVenueExtractor: MentionExtractor {
    public let name = "event-venues"
    public let labels: Set<MentionLabel> = [.event]

    public init() {}

    public func mentions(in document: AnalyzedDocument, earlier: [Mention]) -> [Mention] {
        let text = document.document.textScalars
        let taken = earlier.filter { $0.label == .event }.map(\.range)
        let ruleSpans = earlier.filter { $0.label != .event && $0.source != RuleTaggerCombination.taggerSource }.map(\.range)
        return EventExtractor.venueNamedEvents(text, earlier: earlier, taken: taken)
            .filter { event in !ruleSpans.contains { $0.overlaps(event.range) } }
            .map { document.mention(textRange: $0.range, label: .event, source: EventExtractor.venueSource, confidence: 0.9) }
    }
}
