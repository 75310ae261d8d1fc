import KhaosanCore
import KhaosanText

/// Finds the relations a document's text states between its mentions (run after
/// mention extraction; ranges are scalar offsets of the source text):
/// - PERSON jobTitle / worksFor: the whole position phrase written next to the name
///   (`RolePhraseReader`: "ปลัดกระทรวงยุติธรรม", "ผู้ว่าราชการจังหวัดระยอง"; a combined role is two
///   jobTitles) and the ORG inside it; in lists each phrase goes to the right name
///   (`PersonRoleAssigner`, name–role and role–name order); "นาง Kamla Khalidi, UNDP Resident
///   Representative" (ORG + English role after); an ORG right before the name without a role
///   is an `affiliation`, unless it ends another person's title;
/// - ORG location: "ORG ณ/ที่ PLACE [PLACE…]" for an office, centre or mission (`namesABranch`)
///   and a place with a name (not "จังหวัด," nor a bare head word); otherwise the administrative
///   areas of an address written right after the ORG (a province too when the ORG is the venue
///   after ณ/ที่) or after "ตั้งอยู่" (`addressAfter`);
/// - PLACE containedInPlace: "กรุงฮานอย ประเทศเวียดนาม";
/// - EVENT location ("EVENT ณ PLACE [PLACE…]": each place of the chain; "ณ PLACE … ในงาน EVENT"; else the
///   first "ณ PLACE" later on the event's line, `venueLaterOnItsLine`), startDate / endDate
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
        let persons = context.mentions.filter { $0.label == .person }
        let phrases = PersonRoleAssigner(reader: RolePhraseReader(roles: roles)).phrases(of: persons, in: context)
        let offices = phrases.contains { !$0.isEmpty } ? Self.offices(context) : [:]
        let phraseRanges = phrases.flatMap { $0.map(\.range) }
        for (person, personPhrases) in zip(persons, phrases) {
            facts += personRelations(person, phrases: personPhrases, offices: offices, otherPhrases: phraseRanges, context)
        }
        for mention in context.mentions {
            switch mention.label {
            case .person: break
            case .organization:
                let atPlace = Self.namesABranch(mention.text)
                    ? locationAfter(mention, context, rule: "relation.org-at-place") : []
                facts += atPlace.isEmpty ? addressAfter(mention, context) : atPlace
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

    /// `otherPhrases`: the role phrases of all persons of the document; an ORG inside one of them
    /// belongs to that title, not to the name written after it.
    private func personRelations(_ person: Mention, phrases: [RolePhrase], offices: [String: ScalarRange],
                                 otherPhrases: [ScalarRange], _ c: RelationContext) -> [RelationFact] {
        var facts: [RelationFact] = []
        func fact(_ predicate: RelationPredicate, object: ScalarRange? = nil, literal: String? = nil, _ rule: String) {
            facts.append(RelationFact(subject: person.range, predicate: predicate, object: object, literal: literal,
                                      source: rule))
        }
        for phrase in phrases {
            let rule = phrase.range.start < person.range.start ? "relation.role-person" : "relation.person-role"
            for part in phrase.parts {
                fact(RelationPredicate.jobTitle, literal: c.string(part.range.start, part.range.end), rule)
                let office = offices[Self.compact(c.string(part.range.start, part.range.end))]
                let employers = part.organizations.isEmpty ? office.map { [$0] } ?? [] : part.organizations
                for org in employers { fact(RelationPredicate.worksFor, object: org, rule) }
            }
        }
        let left = c.skipSpacesBackward(from: person.range.start, max: 2)
        // "นางสาวศิริประกาย วรปรีชา รองอธิบดีกรมพินิจและคุ้มครองเด็กและเยาวชน แพทย์หญิงวรรณา …" (thaigov-43984):
        // the department ends the previous person's title; Dr Wanna is of another department.
        if phrases.isEmpty, let org = c.mention(endingAt: left), org.label == .organization,
           !otherPhrases.contains(where: { $0.start <= org.range.start && org.range.end <= $0.end }) {
            fact(RelationPredicate.affiliation, object: org.range, "relation.org-person")
        }
        // After the name: ", ORG Role" ("นาง Kamla Khalidi, UNDP Resident Representative").
        var right = c.skipSpacesForward(from: person.range.end, max: 1)
        if right < c.text.count && c.text[right] == "," { right = c.skipSpacesForward(from: right + 1, max: 2) }
        if let org = c.mention(startingAt: right), org.label == .organization {
            let afterOrg = c.skipSpacesForward(from: org.range.end, max: 1)
            if let role = roles.chain(startingAt: afterOrg, in: c.text, limit: c.nextMentionStart(from: afterOrg)),
               c.nextPerson(after: role.end) == nil {
                fact(RelationPredicate.jobTitle, literal: role.role, "relation.person-org-role")
                fact(RelationPredicate.worksFor, object: org.range, "relation.person-org-role")
            }
        }
        return Self.withoutShortenedJobTitles(facts)
    }

    /// ORG mentions named "สำนักงาน…", by their name without "สำนักงาน" and whitespace (first one
    /// wins): the office a provincial head's title names ("อุตสาหกรรมจังหวัดตราด" works for
    /// "สำนักงานอุตสาหกรรมจังหวัดตราด" when the document names it).
    static func offices(_ c: RelationContext) -> [String: ScalarRange] {
        var result: [String: ScalarRange] = [:]
        for mention in c.mentions where mention.label == .organization && mention.text.hasPrefix(officeHead) {
            let name = compact(String(mention.text.dropFirst(officeHead.count)))
            if result[name] == nil { result[name] = mention.range }
        }
        return result
    }

    static let officeHead = "สำนักงาน"

    private static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
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
            let starts = word == "ณ" ? VenueCue.placeStarts(afterCue: position, in: c.text)
                : [c.skipSpacesForward(from: position + word.unicodeScalars.count, max: 1)]
            for start in starts {
                if let place = c.mention(startingAt: start), place.label == .place, Self.isPlaceName(place.text) {
                    return locations(of: subject, in: Self.placeChain(from: place, c), rule: rule)
                }
            }
        }
        return []
    }

    /// One location fact per place of `chain` with a name ("ณ วัดราชาธิวาส เขตดุสิต กรุงเทพมหานคร":
    /// the venue and the areas the text places it in).
    func locations(of subject: Mention, in chain: [Mention], rule: String) -> [RelationFact] {
        chain.filter { Self.isPlaceName($0.text) }.map {
            RelationFact(subject: subject.range, predicate: RelationPredicate.location, object: $0.range, source: rule)
        }
    }

    /// An ORG's address: a sub-district or district and the larger areas after it, written right
    /// after its name ("มหาวิทยาลัยนราธิวาสราชนครินทร์ ต.โคกเคียน อ.เมืองนราธิวาส จ.นราธิวาส",
    /// "สำนักงาน ป.ป.ส. เขตดินแดง กรุงเทพฯ"), or any areas after "ตั้งอยู่" on the same line, past a
    /// house number and road ("โรงงาน… ตั้งอยู่ 59 หมู่ 12 ถนน… ตำบลช่องสาริกา อำเภอพัฒนานิคม
    /// จังหวัดลพบุรี"). Not a province or country right after the name: "ศรส.จังหวัดพัทลุง",
    /// "สำนักงาน ธ.ก.ส. จังหวัดสระแก้ว", "สถานีวิทยุกระจายเสียงแห่งประเทศไทย จ.สุราษฎร์ธานี" name the
    /// body's provincial branch, not where the body is (17 of 30 such facts read on thaigov were
    /// wrong). Not after an abbreviation ("ส.ป.ก. อำเภอปากช่อง": land of the agency there), a
    /// ministry, parliament, party or government, nor inside a list of ORGs.
    private func addressAfter(_ org: Mention, _ c: RelationContext) -> [RelationFact] {
        var position = c.skipSpacesForward(from: org.range.end, max: 1)
        if let place = c.mention(startingAt: position), place.label == .place {
            // At a venue ("ที่ สำนักงานปลัดกระทรวงสาธารณสุข จ.นนทบุรี") the body's own building is meant:
            // a Thai province after it is its seat, a national body's too; not for a body whose name
            // holds its place already, nor a province of a list ("ณ สำนักงานอุตสาหกรรมจังหวัดเลย
            // หนองบัวลำภู อุดรธานี …", thaigov-98582).
            let atVenue = Self.standsAtAVenue(org, c) && Self.isThaiProvince(place)
                && org.attributes[MentionAttribute.location] == nil
            guard (1...2).contains(Self.areaLevel(place)) || atVenue,
                  atVenue || !Self.namesANationalBody(org), !Self.isAbbreviation(org.text) else { return [] }
            let chain = Self.placeChain(from: place, c)
            let before = c.mention(endingAt: c.skipSpacesBackward(from: org.range.start, max: 1))
            let after = c.mention(startingAfterSpaces: chain[chain.count - 1].range.end, maxSpaces: 1)
            guard before?.label != .organization, after?.label != .organization else { return [] }
            if atVenue, let after, after.label == .place, Self.areaLevel(after) == Self.areaLevel(chain[chain.count - 1]) {
                return []
            }
            return locations(of: org, in: chain, rule: "relation.org-address")
        }
        // "(โรงงาน เฌอร่า ลพบุรี) ตั้งอยู่ …": the ORG may close a parenthesis.
        if position < c.text.count, c.text[position] == ")" { position = c.skipSpacesForward(from: position + 1, max: 1) }
        guard c.hasWord(Self.locatedCue, at: position) else { return [] }
        let limit = min(c.text.count, position + Self.addressSearchLimit)
        for candidate in c.mentions(startingIn: position, through: limit) {
            if c.string(position, candidate.range.start).contains("\n") { break }
            guard candidate.label == .place else { break }
            if Self.isAdministrativeArea(candidate) {
                return locations(of: org, in: Self.placeChain(from: candidate, c), rule: "relation.org-located-at")
            }
        }
        return []
    }

    /// Whether a PLACE mention names a Thai province: "จังหวัด…"/"จ.…", or a gazetteer area in ไทย.
    static func isThaiProvince(_ place: Mention) -> Bool {
        areaLevel(place) == 3 && (PlaceWordLists.provinceHeads.contains { place.text.hasPrefix($0) }
            || place.attributes[MentionAttribute.containedIn] == "ไทย")
    }

    /// Whether an ORG mention is the venue of its sentence: "ณ" or "ที่", each a word of its own,
    /// then a space, right before it.
    static func standsAtAVenue(_ org: Mention, _ c: RelationContext) -> Bool {
        let before = c.skipSpacesBackward(from: org.range.start, max: 2)
        guard before < org.range.start, before >= 1 else { return false }
        if VenueCue.isCue(at: before - 1, in: c.text) { return true }
        let at = before - 3
        return c.hasWord("ที่", at: at) && (at == 0 || ScalarClass.isWordSpace(c.text[at - 1]) || c.text[at - 1] == "\n")
    }

    /// Whether an ORG's text is an abbreviation ("ส.ป.ก.", "ศรส.", "อช.สิรินาถ"): a dot and no space.
    static func isAbbreviation(_ text: String) -> Bool {
        text.contains(".") && !text.unicodeScalars.contains { $0.properties.isWhitespace }
    }

    /// "ตั้งอยู่" ("is located at") after an ORG introduces its address.
    static let locatedCue = "ตั้งอยู่"
    /// How far (scalars) after "ตั้งอยู่" the address's first administrative area may start.
    static let addressSearchLimit = 120
    /// Name starts of bodies whose seat is not the province written after them (their branch is meant).
    static let nationalBodyStarts = BundledResources.requiredWordList(.relationNationalBodyStarts)

    /// Whether an ORG mention names a ministry, parliament, party or government, by its text or the
    /// long name its acronym stands for ("พม." → "กระทรวงการพัฒนาสังคม…").
    static func namesANationalBody(_ org: Mention) -> Bool {
        let names = [org.text, org.attributes[MentionAttribute.lexiconName], org.attributes[MentionAttribute.longForm]]
        return names.contains { name in name.map { name in nationalBodyStarts.contains { name.hasPrefix($0) } } ?? false }
    }

    /// Heads of organisations that stand somewhere: an office, centre, unit or mission. After
    /// another ORG, "ณ/ที่ PLACE" is mostly where the sentence's event happens ("หารือกับผู้บริหาร
    /// ธนาคารโลก ณ สาธารณรัฐเอสโตเนีย"), not where the organisation is.
    static let branchHeads = BundledResources.requiredWordList(.relationBranchHeads)
    /// Words of national bodies, which have no seat in the place of a meeting.
    static let nationalWords = BundledResources.requiredWordList(.relationNationalWords)

    /// Whether an ORG's name makes "ORG ณ/ที่ PLACE" its location: a branch-type head
    /// ("สำนักงานส่งเสริมการค้าระหว่างประเทศ ณ กรุงโตเกียว"), not a national body.
    static func namesABranch(_ name: String) -> Bool {
        branchHeads.contains { name.hasPrefix($0) } && !nationalWords.contains { name.contains($0) }
    }

    /// Place head words (จังหวัด, ห้องประชุม, โรงเรียน, …): alone they name no place.
    static let placeHeads: Set<String> = Set([BundledList.placeHeadsAdmin, .placeHeadsFacility, .placeHeadsNamed]
        .flatMap(BundledResources.requiredWordList))

    /// Whether a PLACE mention's text can be a venue: it has a letter, no list or bracket
    /// punctuation ("จังหวัด,", "โรงเรียน)") and is not a bare head word ("จังหวัด", "ห้องประชุม").
    static func isPlaceName(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.unicodeScalars.contains { $0.properties.isAlphabetic }
            && !trimmed.unicodeScalars.contains { ",/()[]\"“”;".unicodeScalars.contains($0) }
            && !placeHeads.contains(trimmed)
    }

    private func eventRelations(_ event: Mention, _ c: RelationContext, dates: EventDateFinder) -> [RelationFact] {
        var facts = locationAfter(event, c, rule: "relation.event-at-place")
        if facts.isEmpty, let place = c.placeChainBefore(event.range.start).flatMap({ c.mention(startingAt: $0.start) }),
           Self.isPlaceName(place.text) {
            facts = locations(of: event, in: Self.placeChain(from: place, c), rule: "relation.at-place-in-event")
        }
        if facts.isEmpty { facts = venueLaterOnItsLine(of: event, c) }
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
