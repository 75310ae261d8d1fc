import KhaosanCore
import KhaosanText

/// One position written next to a person's name, as written: "ปลัดกระทรวงยุติธรรม",
/// "ผู้ว่าราชการจังหวัดระยอง", "โฆษกประจำสำนักนายกรัฐมนตรี". A combined role
/// ("รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย") is two parts. Offsets are Unicode
/// scalars of the source text.
struct RolePhrase: Equatable {
    struct Part: Equatable {
        /// The position phrase of this part (its jobTitle literal is the text of this range).
        var range: ScalarRange
        /// ORG mentions written inside the part, outermost only (its worksFor).
        var organizations: [ScalarRange]
    }

    /// The parts, in text order.
    var parts: [Part]
    /// From the first part's start to the last part's end.
    var range: ScalarRange { ScalarRange(parts[0].range.start, parts[parts.count - 1].range.end) }
}

/// Reads a `RolePhrase` forward from where a role noun starts:
/// - the longest role chain of `RoleNouns` ("รอง" + "ปลัดกระทรวง"), after an optional "อดีต";
/// - then the ORG and PLACE mentions that start inside what has been read and run on
///   ("ปลัดกระทรวง|กระทรวงยุติธรรม" overlaps the ORG "กระทรวงยุติธรรม"; "ผู้ว่าราชการจังหวัด" + PLACE
///   "ระยอง"), also after "ประจำ" ("โฆษกประจำ|สำนักนายกรัฐมนตรี");
/// - failing a mention, the rest of the word when the role asks for a name ("…กระทรวง", "…จังหวัด",
///   "รมช.", "ฝ่าย…") or the rest starts with an organisation head ("กรม…", "หนังสือพิมพ์…"), cut at
///   the first verb or function word ("เป็นประธาน", "กล่าว", …);
/// - "และ" + another role chain starts a second part.
/// Nothing is read past `limit` (the caller passes the next name or the line end).
struct RolePhraseReader {
    let roles: RoleNouns
    /// Organisation head words ("กรม", "สำนักงาน", …): a word after a role starting with one names the employer.
    let heads: [[Unicode.Scalar]]

    init(roles: RoleNouns, heads: [String] = Self.bundledHeads) {
        self.roles = roles
        self.heads = heads.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    static let bundledHeads = BundledResources.requiredWordList(.orgHeads) + ["หนังสือพิมพ์", "กอง", "กลุ่ม"]

    /// Words that end a position written without a mention: verbs and function words that
    /// follow a title in running text ("รัฐมนตรีว่าการกระทรวงวัฒนธรรม|เป็นประธาน").
    static let stopWords = BundledResources.requiredWordList(.relationRoleStopWords)
        .map { Array($0.unicodeScalars) }
    /// Role endings after which the rest of the word is the name the role needs.
    static let openEndings = ["กระทรวง", "จังหวัด", "อำเภอ", "ว่าการ", "กรม", "ประจำ", "."].map { Array($0.unicodeScalars) }
    static let former = Array("อดีต".unicodeScalars)
    /// Words before a role that belong to the title: former, acting, assistant, deputy.
    static let prefixes = [former] + ["รักษาราชการแทน", "รักษาการ", "ผู้ช่วย", "รอง"].map { Array($0.unicodeScalars) }
    /// Words joining two titles of one person ("รองนายกรัฐมนตรีและรัฐมนตรีว่าการ…",
    /// "รองปลัดกระทรวงแรงงาน ในฐานะโฆษกกระทรวงแรงงาน").
    static let conjunctions = ["และ", "ในฐานะ", "ปฏิบัติหน้าที่", "รักษาราชการแทน", "/"].map { Array($0.unicodeScalars) }
    /// Conjunctions that are written as part of the second title.
    static let titleConjunctions = [Array("รักษาราชการแทน".unicodeScalars)]

    /// A short dotted ORG name ("ป.ป.ส.", "ศอ.บต."), which may follow a role after a space.
    static func isAcronym(_ text: String) -> Bool {
        text.unicodeScalars.count <= 12 && text.contains(".") && !text.contains(" ")
    }
    static let attachedTo = Array("ประจำ".unicodeScalars)
    static let section = Array("ฝ่าย".unicodeScalars)

    /// The phrase starting at `start` (a role noun, or a prefix such as "อดีต" before one), ending by `limit`.
    /// `spacedOrganization`: an ORG mention one space after a bare role belongs to it
    /// ("อธิการบดี มหาวิทยาลัยพะเยา"), used where the phrase must end at a name.
    func read(at start: Int, limit: Int, in c: RelationContext, spacedOrganization: Bool = false) -> RolePhrase? {
        guard var end = part(at: start, limit: limit, in: c, spacedOrganization: spacedOrganization) else { return nil }
        var parts = [ScalarRange(start, end)]
        while true {
            let joint = c.skipSpacesForward(from: end, max: 1)
            guard let conjunction = Self.conjunctions.first(where: { c.text.matches($0, at: joint) }) else { break }
            let next = c.skipSpacesForward(from: joint + conjunction.count, max: 1)
            guard let nextEnd = part(at: next, limit: limit, in: c, spacedOrganization: false) else { break }
            // "ในฐานะโฆษก…", "รักษาราชการแทนเลขาธิการ…": the words that are part of the title stay in it.
            let partStart = Self.titleConjunctions.contains(conjunction) ? joint : next
            parts.append(ScalarRange(partStart, nextEnd))
            end = nextEnd
        }
        return RolePhrase(parts: parts.map { RolePhrase.Part(range: $0, organizations: organizations(in: $0, c)) })
    }

    /// The start of the role chain after the prefixes at `start` ("อดีต ", "รักษาราชการแทน", "ผู้ช่วย", "รอง").
    private func afterPrefixes(_ start: Int, _ c: RelationContext) -> Int {
        var position = start
        while let prefix = Self.prefixes.first(where: { c.text.matches($0, at: position) }) {
            position = c.skipSpacesForward(from: position + prefix.count, max: prefix == Self.former ? 1 : 0)
        }
        return position
    }

    /// The end of one role part starting at `start`; nil if no role noun starts there.
    private func part(at start: Int, limit: Int, in c: RelationContext, spacedOrganization: Bool) -> Int? {
        let roleStart = afterPrefixes(start, c)
        guard roleStart < limit, let chain = roles.chain(startingAt: roleStart, in: c.text, limit: limit) else { return nil }
        var end = chain.end
        if end < limit, c.text[end] == "ฯ" { end += 1 }
        if extendOverMentions(from: start, end: &end, limit: limit, c) { return end }
        if c.text.matches(Self.attachedTo, at: end) {
            var attached = end + Self.attachedTo.count
            if extendOverMentions(from: attached, end: &attached, limit: limit, c) { return attached }
        }
        let openEnded = Self.openEndings.contains { c.text.matches($0, endingAt: end) }
        if openEnded || c.text.matches(Self.section, at: end) || heads.contains(where: { c.text.matches($0, at: end) }) {
            let rest = restOfWord(from: end, limit: limit, c)
            if rest > end {
                var extended = rest
                _ = extendOverMentions(from: end, end: &extended, limit: limit, c)
                return extended
            }
        }
        let next = c.skipSpacesForward(from: end, max: 1)
        if next == end + 1, let org = c.mention(startingAt: next), org.label == .organization, org.range.end <= limit,
           spacedOrganization || Self.isAcronym(org.text) {
            do {
                var extended = org.range.end
                _ = extendOverMentions(from: next, end: &extended, limit: limit, c)
                return extended
            }
        }
        return end
    }

    /// Moves `end` over ORG and PLACE mentions that start in `from...end` and run past it.
    /// Whether it moved.
    private func extendOverMentions(from: Int, end: inout Int, limit: Int, _ c: RelationContext) -> Bool {
        let original = end
        var moved = true
        while moved {
            moved = false
            for mention in c.mentions(startingIn: from, through: end)
            where (mention.label == .organization || mention.label == .place) && mention.range.end > end && mention.range.end <= limit {
                end = mention.range.end
                moved = true
            }
        }
        return end > original
    }

    /// The end of the word running on from `start` (Thai letters, digits, "."), before the
    /// first stop word and by `limit`.
    private func restOfWord(from start: Int, limit: Int, _ c: RelationContext) -> Int {
        var i = start
        while i < limit {
            let s = c.text[i]
            guard ScalarClass.isThaiWordScalar(s) || s == "." || s.properties.numericType != nil else { break }
            if i > start || !c.text.matches(Self.section, at: start),
               Self.stopWords.contains(where: { c.text.matches($0, at: i) }) { break }
            i += 1
        }
        return i
    }

    /// The outermost ORG mentions inside `range`.
    private func organizations(in range: ScalarRange, _ c: RelationContext) -> [ScalarRange] {
        let inside = c.mentions(startingIn: range.start, through: range.end)
            .filter { $0.label == .organization && $0.range.end <= range.end }.map(\.range)
        return inside.filter { r in !inside.contains { $0 != r && $0.start <= r.start && r.end <= $0.end } }
    }
}
