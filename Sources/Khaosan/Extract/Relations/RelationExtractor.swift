/// Finds the relations a document's text states between its mentions (run after
/// mention extraction; ranges are scalar offsets of the source text):
/// - PERSON jobTitle / worksFor: "อธิการบดีมหาวิทยาลัยพะเยา รองศาสตราจารย์ ดร.สุภกร …"
///   (role + ORG before the name), "ผู้ช่วยอธิการบดี รองศาสตราจารย์ …" (role before),
///   "นาง Kamla Khalidi, UNDP Resident Representative" (ORG + role after),
///   "นายสมชาย ผู้อำนวยการสำนักงาน…" (role + ORG after); an ORG right before the
///   name without a role is an `affiliation`; `Mention.person.role` is a jobTitle too;
/// - ORG location: "ORG ณ/ที่ PLACE";
/// - PLACE containedInPlace: "กรุงฮานอย ประเทศเวียดนาม";
/// - EVENT location ("EVENT ณ PLACE", "ณ PLACE … ในงาน EVENT"), startDate / endDate
///   (`EventDateFinder`: a year in the event's name, else the nearest valued DATE of
///   the same sentence; `a/b` split) and organizer
///   ("… จัดขึ้นโดย ORG").
public struct RelationExtractor: Sendable {
    public var roles: RoleNouns
    /// How far (scalars) a DATE may stand before an EVENT in its sentence.
    public var dateWindowBefore = 400
    /// How far (scalars) a DATE may stand after an EVENT in its sentence.
    public var dateWindowAfter = 200

    public init(roles: RoleNouns = .bundled) { self.roles = roles }

    /// The relations of `document` between `mentions` (sorted).
    public func relations(in document: Document, mentions: [Mention]) -> [RelationFact] {
        let context = RelationContext(text: document.sourceScalars, mentions: mentions)
        var facts: [RelationFact] = []
        var dates: EventDateFinder?   // built on the first EVENT (it splits sentences)
        for mention in context.mentions {
            switch mention.label {
            case .person: facts += personRelations(mention, context)
            case .organization: facts += locationAfter(mention, context, rule: "relation.org-at-place")
            case .place:
                let next = context.mention(startingAfterSpaces: mention.range.end, maxSpaces: 1)
                if let next, next.label == .place,
                   ["ประเทศ", "จังหวัด"].contains(where: { next.text.hasPrefix($0) }) {
                    facts.append(RelationFact(subject: mention.range, predicate: RelationPredicate.containedInPlace,
                                              object: next.range, source: "relation.place-place"))
                }
            case .event:
                if dates == nil { dates = EventDateFinder(context: context, before: dateWindowBefore, after: dateWindowAfter,
                                                            datePublished: document.metadata.datePublished) }
                facts += eventRelations(mention, context, dates: dates!)
            case .date: break
            }
        }
        return Array(Set(facts)).sorted()
    }

    private func personRelations(_ person: Mention, _ c: RelationContext) -> [RelationFact] {
        var facts: [RelationFact] = []
        func fact(_ predicate: String, object: ScalarRange? = nil, literal: String? = nil, _ rule: String) {
            facts.append(RelationFact(subject: person.range, predicate: predicate, object: object, literal: literal,
                                      source: rule))
        }
        if let role = person.person?.role { fact(RelationPredicate.jobTitle, literal: role, "relation.person-parts") }
        let left = c.skipSpacesBackward(from: person.range.start, max: 2)
        if let org = c.mention(endingAt: left), org.label == .organization {
            let beforeOrg = c.skipSpacesBackward(from: org.range.start, max: 1)
            if let role = roles.chain(endingAt: beforeOrg, in: c.text) {
                fact(RelationPredicate.jobTitle, literal: role.role, "relation.role-org-person")
                fact(RelationPredicate.worksFor, object: org.range, "relation.role-org-person")
            } else {
                fact(RelationPredicate.affiliation, object: org.range, "relation.org-person")
            }
        } else if let role = roles.chain(endingAt: left, in: c.text) {
            fact(RelationPredicate.jobTitle, literal: role.role, "relation.role-person")
        }
        // After the name: ", ORG Role" or " Role ORG".
        var right = c.skipSpacesForward(from: person.range.end, max: 1)
        if right < c.text.count && c.text[right] == "," { right = c.skipSpacesForward(from: right + 1, max: 2) }
        if let org = c.mention(startingAt: right), org.label == .organization {
            let afterOrg = c.skipSpacesForward(from: org.range.end, max: 1)
            if let role = roles.chain(startingAt: afterOrg, in: c.text, limit: c.nextMentionStart(from: afterOrg)),
               c.nextPerson(after: role.end) == nil {
                fact(RelationPredicate.jobTitle, literal: role.role, "relation.person-org-role")
                fact(RelationPredicate.worksFor, object: org.range, "relation.person-org-role")
            }
        } else if let role = roles.chain(startingAt: right, in: c.text, limit: c.nextMentionStart(from: right)) {
            let afterRole = c.skipSpacesForward(from: role.end, max: 1)
            let org = c.mention(startingAt: afterRole)
            let after = org.map { c.skipSpacesForward(from: $0.range.end, max: 2) } ?? afterRole
            // A role followed by another name belongs to that name ("… PERSON ผู้ช่วยอธิการบดี PERSON").
            if c.mention(startingAt: after)?.label != .person, c.mention(startingAt: afterRole)?.label != .person {
                fact(RelationPredicate.jobTitle, literal: role.role, "relation.person-role")
                if let org, org.label == .organization {
                    fact(RelationPredicate.worksFor, object: org.range, "relation.person-role-org")
                }
            }
        }
        return Self.withoutShortenedJobTitles(facts)
    }

    /// `facts` of one person without a jobTitle that another of its jobTitles extends: the role
    /// before "ปลัดกระทรวงอุตสาหกรรม" is "ปลัดกระทรวง" to the person rules and "ปลัด" (+ the ORG
    /// "กระทรวงอุตสาหกรรม") to a role chain; the longer, more specific one stays.
    static func withoutShortenedJobTitles(_ facts: [RelationFact]) -> [RelationFact] {
        let titles = facts.compactMap { $0.predicate == RelationPredicate.jobTitle ? $0.literal : nil }
        guard titles.count > 1 else { return facts }
        return facts.filter { fact in
            guard fact.predicate == RelationPredicate.jobTitle, let title = fact.literal else { return true }
            return !titles.contains { $0.count > title.count && $0.hasPrefix(title) }
        }
    }

    private func locationAfter(_ subject: Mention, _ c: RelationContext, rule: String) -> [RelationFact] {
        var position = c.skipSpacesForward(from: subject.range.end, max: 1)
        for lead in ["ซึ่งจัดขึ้น", "จัดขึ้น"] where c.hasWord(lead, at: position) {
            position = c.skipSpacesForward(from: position + lead.unicodeScalars.count, max: 1)
        }
        for word in ["ณ", "ที่"] where c.hasWord(word, at: position) {
            let start = c.skipSpacesForward(from: position + word.unicodeScalars.count, max: 1)
            if let place = c.mention(startingAt: start), place.label == .place {
                return [RelationFact(subject: subject.range, predicate: RelationPredicate.location,
                                     object: place.range, source: rule)]
            }
        }
        return []
    }

    private func eventRelations(_ event: Mention, _ c: RelationContext, dates: EventDateFinder) -> [RelationFact] {
        var facts = locationAfter(event, c, rule: "relation.event-at-place")
        if facts.isEmpty, let place = c.placeChainBefore(event.range.start) {
            facts.append(RelationFact(subject: event.range, predicate: RelationPredicate.location, object: place,
                                      source: "relation.at-place-in-event"))
        }
        if let value = dates.date(of: event) {
            let parts = value.split(separator: "/").map(String.init)
            facts.append(RelationFact(subject: event.range, predicate: RelationPredicate.startDate, literal: parts[0],
                                      source: "relation.event-date"))
            if parts.count == 2 {
                facts.append(RelationFact(subject: event.range, predicate: RelationPredicate.endDate, literal: parts[1],
                                          source: "relation.event-date"))
            }
        }
        if let organizer = c.organizer(after: event.range.end, within: 200) {
            facts.append(RelationFact(subject: event.range, predicate: RelationPredicate.organizer, object: organizer,
                                      source: "relation.event-organizer"))
        }
        return facts
    }
}
