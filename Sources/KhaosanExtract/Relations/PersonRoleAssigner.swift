import KhaosanCore
import KhaosanText

/// Decides which position phrase (`RolePhrase`) belongs to which person of a document
/// (offsets are Unicode scalars of the source text).
///
/// A phrase is looked for right before each name (the word before it, after an optional
/// "โดยมี"/"และ"/… glued to it; "อธิการบดีมหาวิทยาลัยพะเยา รองศาสตราจารย์ ดร.สุภกร") and right after
/// it ("นายสมชาย ใจดี ผู้อำนวยการสำนักงานสถิติแห่งชาติ กล่าวว่า"). A phrase standing between two
/// names belongs to one of them: names and roles of a list alternate, so a list whose first name
/// has a role before it is written role–name ("ผู้ว่าฯ นายก นายอำเภอ นายข": each role to the
/// following name), any other list name–role ("นายก ผู้ว่าราชการจังหวัดพะเยา นายข ปลัดจังหวัด":
/// each role to the name before it). A comma ends a list item, so "นายก ผู้ว่าฯ, นายข ปลัด" and
/// "ผู้ว่าฯ นายก, ปลัด นายข" need no guess. In name–role writing, a role right after the previous
/// name's role, on the same item, is a further title of that name (`continuesTitles`). A name with
/// a role after it takes the role before it only when that role opens its clause (`opensItsClause`):
/// else the role is that of a name written (or cut, or missed) before it, or a title without a name.
struct PersonRoleAssigner {
    let reader: RolePhraseReader
    /// Words glued before a role that open a list item ("โดยมีรัฐมนตรี…", "และปลัดกระทรวง…").
    static let leads = BundledResources.requiredWordList(.relationListLeads).map { Array($0.unicodeScalars) }
    /// How many spaces may stand between a name and its role.
    static let maxSpaces = 2
    /// The longest role phrase read after a name (scalars).
    static let maxPhrase = 250

    /// The role phrases of each of `persons` (sorted by range), in the same order.
    func phrases(of persons: [Mention], in c: RelationContext) -> [[RolePhrase]] {
        let n = persons.count
        var before = [RolePhrase?](repeating: nil, count: n), after = before
        for i in 0..<n {
            let previousEnd = i > 0 ? persons[i - 1].range.end : 0
            if previousEnd <= persons[i].range.start {
                before[i] = phrase(endingBefore: persons[i].range.start, after: previousEnd, c)
            }
            let nextStart = i + 1 < n ? persons[i + 1].range.start : c.text.count
            if persons[i].range.end <= nextStart {
                after[i] = phrase(startingAfter: persons[i].range.end, before: nextStart, c)
                    ?? phraseAfterFamilyName(of: persons[i], before: nextStart, c)
            }
        }
        func shared(_ i: Int) -> Bool {
            guard i + 1 < n, let a = after[i], let b = before[i + 1] else { return false }
            return a.range.overlaps(b.range)
        }
        var result = [[RolePhrase]](repeating: [], count: n)
        var first = 0
        while first < n {
            var last = first
            while shared(last) { last += 1 }
            // The role before the first name may be a further title of the name before the list.
            var continued: RolePhrase?
            if first > 0, let previous = after[first - 1], let phrase = before[first],
               continuesTitles(of: previous, with: phrase, nameRoleAfter: after[first], c) {
                continued = phrase
                // Only after a complete title (one naming its body) is the phrase a title of its own;
                // after a bare "ที่ปรึกษา" it is that title's complement ("ที่ปรึกษา รมว.ยุติธรรม").
                if previous.parts.last?.organizations.isEmpty == false, !result[first - 1].contains(phrase) {
                    result[first - 1].append(phrase)
                }
            }
            let roleFirst = last > first && before[first] != nil && after[last] == nil && continued == nil
            for k in first...last {
                if roleFirst {
                    if let phrase = before[k] { result[k].append(phrase) }
                } else {
                    if k == first, continued == nil, let phrase = before[k],
                       after[k] == nil || opensItsClause(phrase, c) { result[k].append(phrase) }
                    if let phrase = after[k], phrase != before[k] { result[k].append(phrase) }
                }
            }
            first = last + 1
        }
        return result
    }

    /// Whether `phrase`, read before a name that has its own role after it (`nameRoleAfter`), is a
    /// further title of the previous name, whose role (`previous`) it follows on the same item:
    /// "นายจุรินทร์ ลักษณวิศิษฏ์ หัวหน้าพรรคประชาธิปัตย์ รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงพาณิชย์
    /// นายสินิตย์ เลิศไกร รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์" (thaigov-46844): the minister is Jurin, not
    /// his deputy Sinit. Written name–role, each name's titles follow it; within
    /// `maxTitleGap` scalars, with no line break, list punctuation, verb or function word but "และ"
    /// between the two phrases ("ปลัดกระทรวงเกษตรและสหกรณ์ เปิดเผยว่า รัฐมนตรีว่าการเกษตรและสหกรณ์ ดร.เฉลิมชัย
    /// ศรีอ่อน หัวหน้าคณะผู้แทนไทย": a new sentence, the minister is Chalermchai; thaigov-44191).
    private func continuesTitles(of previous: RolePhrase, with phrase: RolePhrase, nameRoleAfter: RolePhrase?,
                                 _ c: RelationContext) -> Bool {
        guard nameRoleAfter != nil, previous.range.end <= phrase.range.start,
              phrase.range.start - previous.range.end <= Self.maxTitleGap else { return false }
        let gap = previous.range.end..<phrase.range.start
        return !gap.contains { i in
            Self.endsItem(c.text[i]) || Self.gapStopWords.contains { c.text.matches($0, at: i) && i + $0.count <= gap.upperBound }
        }
    }

    /// Whether `phrase`, read before a name that has its own role after it, opens its clause, so that
    /// it is that name's title too: written at the start of the text, a line or a list item
    /// (`opensItem`; "รองนายกฯ พลเอก ประวิตรฯ หารือ…", a headline), or after a verb or function word
    /// that is no list lead and no end of a name ("… เปิดเผยว่า รัฐมนตรีว่าการเกษตรและสหกรณ์ ดร.เฉลิมชัย ศรีอ่อน หัวหน้าคณะผู้แทนไทย",
    /// thaigov-44191). Otherwise, in name–role writing, the role stands for what is written before it: a
    /// name the extractor cut or missed ("ดร.วันดี กุญชรยาคง|จุลเจริญ นายกสมาคมแม่บ้านมหาดไทย นายชยาวุธ
    /// จันทร รองปลัดกระทรวงมหาดไทย", thaigov-55352: the association's president is Dr Wandee), a name on
    /// the line before, or a title in a list of titles without names ("นายกรัฐมนตรีปาปัวนิวกินี
    /// นายกรัฐมนตรีสาธารณรัฐประชาธิปไตยประชาชนลาว พลอากาศเอก ประจิน จั่นตอง รองนายกรัฐมนตรี…", thaigov-15342).
    private func opensItsClause(_ phrase: RolePhrase, _ c: RelationContext) -> Bool {
        var beforeBreaks = phrase.range.start
        while beforeBreaks > 0, ScalarClass.isWordSpace(c.text[beforeBreaks - 1]) || c.text[beforeBreaks - 1] == "\n"
                || c.text[beforeBreaks - 1] == "\r" { beforeBreaks -= 1 }
        if c.mention(endingAt: beforeBreaks)?.label == .person { return false }
        let end = c.skipSpacesBackward(from: phrase.range.start, max: phrase.range.start)
        guard end > 0, !Self.opensItem(c.text[end - 1]) else { return true }
        let start = wordStart(before: end, after: 0, c)
        guard !Self.leads.contains(where: { $0.elementsEqual(c.text[start..<end]) }),
              Self.gapStopWords.contains(where: { c.text.matches($0, endingAt: end) }) else { return false }
        // A verb-like ending of the rest of a cut name is no verb: "ดร.ซา|มีร่า อั๊สมา รองผู้อำนวยการใหญ่…"
        // (thaigov-54080): no name may end in the two words before the role.
        let previousEnd = c.skipSpacesBackward(from: start, max: Self.maxSpaces)
        let previousStart = wordStart(before: previousEnd, after: 0, c)
        return !(previousStart...previousEnd).dropFirst().contains { c.mention(endingAt: $0)?.label == .person }
    }

    /// Punctuation after which a role opens a list item or a quotation: line breaks and list
    /// punctuation (`endsItem`) but closing parentheses and quotes ("(อ.โจ้) ที่ปรึกษา…" follows a nickname).
    static func opensItem(_ s: Unicode.Scalar) -> Bool {
        endsItem(s) && s != ")" && s != "”"
    }

    /// Verbs and function words that end a title (`RolePhraseReader.stopWords`), but "และ", which joins two.
    static let gapStopWords = RolePhraseReader.stopWords.filter { $0 != Array("และ".unicodeScalars) }

    /// The longest stretch (scalars) between a name's role and a further title of the same name.
    static let maxTitleGap = 40

    /// The phrase ending within two spaces before `start`, starting after `boundary`.
    private func phrase(endingBefore start: Int, after boundary: Int, _ c: RelationContext) -> RolePhrase? {
        let end = c.skipSpacesBackward(from: start, max: Self.maxSpaces)
        guard end > boundary else { return nil }
        let wordStart = self.wordStart(before: end, after: boundary, c)
        var starts = [wordStart] + Self.leads.filter { c.text.matches($0, at: wordStart) }.map { wordStart + $0.count }
        // One word further back: "อดีต ปลัดกระทรวง…", "อธิการบดี มหาวิทยาลัยพะเยา".
        let previousEnd = c.skipSpacesBackward(from: wordStart, max: 1)
        if previousEnd == wordStart - 1, previousEnd > boundary {
            starts.append(self.wordStart(before: previousEnd, after: boundary, c))
        }
        for candidate in starts where candidate < end {
            if let phrase = reader.read(at: candidate, limit: end, in: c, spacedOrganization: true), phrase.range.end == end {
                return phrase
            }
        }
        return nil
    }

    /// The phrase starting within two spaces after `end`, ending by `next` and the line end.
    private func phrase(startingAfter end: Int, before next: Int, _ c: RelationContext) -> RolePhrase? {
        let start = c.skipSpacesForward(from: end, max: Self.maxSpaces)
        var limit = start
        while limit < min(next, start + Self.maxPhrase), !Self.endsItem(c.text[limit]) { limit += 1 }
        return reader.read(at: start, limit: limit, in: c)
    }

    /// A name found without its family name ("นพ.เจษฎา" of "นพ.เจษฎา  โชคดำรงสุข ปลัดกระทรวง…", two
    /// spaces): the phrase after the next word, when that word is a plain Thai word (no verb or
    /// function word such as "กล่าว", "ว่า" inside it).
    private func phraseAfterFamilyName(of person: Mention, before next: Int, _ c: RelationContext) -> RolePhrase? {
        guard person.label == .person, person.person?.given != nil, person.person?.family == nil else { return nil }
        let start = c.skipSpacesForward(from: person.range.end, max: Self.maxSpaces)
        guard start > person.range.end else { return nil }
        var end = start
        while end < min(next, start + Self.maxFamilyName), ScalarClass.isThaiWordScalar(c.text[end]) { end += 1 }
        guard end > start, end < next, ScalarClass.isWordSpace(c.text[end]),
              !(start..<end).contains(where: { i in RolePhraseReader.stopWords.contains { c.text.matches($0, at: i) } }),
              reader.read(at: start, limit: end, in: c) == nil
        else { return nil }
        return phrase(startingAfter: end, before: next, c)
    }

    /// The longest family name skipped after a given name (scalars).
    static let maxFamilyName = 30

    /// The start of the word ending at `end` (back to a space, line break or punctuation, not before `boundary`).
    private func wordStart(before end: Int, after boundary: Int, _ c: RelationContext) -> Int {
        var start = end
        while start > boundary, !ScalarClass.isWordSpace(c.text[start - 1]), !Self.endsItem(c.text[start - 1]) { start -= 1 }
        return start
    }

    /// Line breaks and punctuation that end a list item.
    static func endsItem(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\n", "\r", ",", "(", ")", "\"", "“", "”", ";", ":": return true
        default: return false
        }
    }
}
