import KhaosanCore
import KhaosanText

/// Finds organisation names that start with a head word (กระทรวง, มหาวิทยาลัย…)
/// and decides where each name ends — the hard part.
///
/// A name runs from its head over the following tokens and stops at a space
/// (unless what follows continues the name: "จำกัด", "(มหาชน)", "วิทยาเขต…"),
/// punctuation, a number, a stop word (verb, conjunction, preposition, role
/// noun, person title, date word), or the start of a mention found earlier.
/// "และ" stays inside a name when another name part follows it
/// ("คณะสถาปัตยกรรมศาสตร์และศิลปกรรมศาสตร์"), not a role noun ("กระทรวงอุตสาหกรรม|และโฆษก…");
/// "ของ"/"แห่ง" + a known name ends the
/// name after that known name ("กระทรวงวัฒนธรรมและการกีฬาของฮานอย"); "แห่งใหม่" (the new …) ends it.
/// A head followed by nothing name-like or by a generic complement is no name, and so is a
/// head glued after a false lead ("กฎ|กระทรวง…", a ministerial regulation; after "และ" such a head
/// goes on inside the name: "สำนักงานเกษตรและสหกรณ์จังหวัด…") and a name that begins with a generic
/// name ("ธนาคารพาณิชย์…", `isGenericName`). A known name inside the name followed by a verb of
/// `verbsAfterNames` ends it ("สำนักงานปลัดกระทรวงมหาดไทย|ร่วม…"); a name part with a stop word inside
/// (`nameParts`, "กลั่นกรองเรื่องเสนอคณะรัฐมนตรี") is taken whole.
struct OrganizationNameScanner {
    let words: OrganizationWords
    private let headTrie: ScalarTrie
    private let continuationTrie: ScalarTrie
    private let stopTrie: ScalarTrie
    private let complementTrie: ScalarTrie
    private let roleTrie: ScalarTrie
    private let falseLeads: [[Unicode.Scalar]]
    private let complementNameWordTrie: ScalarTrie
    /// Generic names (`OrganizationWords.genericNames`, without their "=" marks); payload = index in `genericNameIsAlone`.
    private let genericNameTrie: ScalarTrie
    /// Per generic name: whether it is generic only alone or before a generic complement (its "=" mark).
    private let genericNameIsAlone: [Bool]
    private let verbAfterNameTrie: ScalarTrie
    private let namePartTrie: ScalarTrie
    /// Glued after a known name, these start its place part
    /// ("การไฟฟ้าส่วนภูมิภาค|จังหวัดหนองคาย" is one ThaiNER span).
    static let placeContinuations = ["จังหวัด", "ตำบล", "อำเภอ"]
    private static let kan = Array("การ".unicodeScalars), khwam = Array("ความ".unicodeScalars)
    private static let lae = Array("และ".unicodeScalars), haeng = Array("แห่ง".unicodeScalars)
    private static let khong = Array("ของ".unicodeScalars)
    /// "แห่งใหม่" (the new one) ends a name: "กระทรวงคมนาคม|แห่งใหม่".
    private static let mai = Array("ใหม่".unicodeScalars)
    /// "เพื่อ" (for) never ends a name: "กองทุนเพื่อ|ช่วยเหลือ…" cut there is no name.
    private static let phuea = Array("เพื่อ".unicodeScalars)
    private static let paiyannoi = Array("ฯ".unicodeScalars), dot = Array(".".unicodeScalars)
    /// Longest tokens a name may span after its head.
    static let maximumNameTokens = 24

    init(words: OrganizationWords) {
        self.words = words
        headTrie = ScalarTrie(words: words.heads)
        continuationTrie = ScalarTrie(words: words.spaceContinuations)
        stopTrie = ScalarTrie(words: words.stopWords.sorted())
        complementTrie = ScalarTrie(words: words.genericComplements.sorted())
        roleTrie = ScalarTrie(words: words.roleNouns)
        falseLeads = words.headFalseLeads.map { Array($0.unicodeScalars) }
        complementNameWordTrie = ScalarTrie(words: words.complementNameWords)
        let generic = words.genericNames.map { $0.hasPrefix("=") ? (String($0.dropFirst()), true) : ($0, false) }
        genericNameTrie = ScalarTrie(words: generic.map(\.0))
        genericNameIsAlone = generic.map(\.1)
        verbAfterNameTrie = ScalarTrie(words: words.verbsAfterNames)
        namePartTrie = ScalarTrie(words: words.nameParts)
    }

    /// Whether the name at `range` begins with a generic name ending on a token boundary: a name marked
    /// "=" only when it is the whole name or a generic complement follows it inside the name
    /// ("องค์การระหว่างประเทศ|อื่นๆ", not "องค์การระหว่างประเทศ|เพื่อการโยกย้ายถิ่นฐาน").
    func isGenericName(in index: TokenIndex, _ range: ScalarRange) -> Bool {
        var found = false
        genericNameTrie.forEachMatch(in: index.scalars, at: range.start) { end, payloads in
            guard end <= range.end, let last = index.token(endingAt: end) else { return true }
            found = !genericNameIsAlone[payloads.first!] || end == range.end
                || (last + 1 < index.count && index.tokens[last + 1].range.start < range.end
                    && isGenericComplement(in: index, at: last + 1))
            return !found
        }
        return found
    }

    /// Whether a verb of `verbsAfterNames` ("ร่วม") starts at token `i` and ends on a token boundary.
    func isVerbAfterName(in index: TokenIndex, at i: Int) -> Bool {
        index.startsWord(of: verbAfterNameTrie, at: i)
    }

    /// The end of the longest name part of `nameParts` starting at token `i` and ending on a token
    /// boundary, as (offset, index of the token after it).
    func namePartEnd(in index: TokenIndex, at i: Int) -> (offset: Int, token: Int)? {
        index.longestWord(of: namePartTrie, at: i)
    }

    /// Most tokens of a local body's glued name (`gluedNameEnd`).
    static let maximumGluedNameTokens = 4

    /// The end of the Thai name glued at `offset` (inside or at the start of a token) to a local body's
    /// acronym ("อบต.|โดมประดิษฐ์"): the rest of the token, then Thai tokens up to a space or punctuation;
    /// nil when no Thai letter follows, when a stop word, a head or a place head comes first, or when the
    /// run of glued words goes on past `maximumGluedNameTokens`.
    func gluedNameEnd(in index: TokenIndex, at offset: Int) -> Int? {
        guard offset < index.scalars.count, ScalarClass.isThaiLetterOrSign(index.scalars[offset]) else { return nil }
        var j: Int
        var end: Int?
        if let t = index.token(startingAt: offset) {
            j = t
        } else {
            // Inside a token ("อบต.โดม" is one ICU token): the rest of it is the name's start, unless a
            // stop word begins it ("อบต.ได้").
            guard !stopStarts(in: index, at: offset) else { return nil }
            var k = offset
            while k < index.scalars.count, index.token(endingAt: k) == nil { k += 1 }
            guard let last = index.token(endingAt: k) else { return nil }
            end = k
            j = last + 1
        }
        var taken = 0
        while j < index.count, taken < Self.maximumGluedNameTokens, index.kind(j) == .thai,
              !isStop(in: index, at: j), headEnd(in: index, at: j) == nil,
              !Self.placeContinuations.contains(where: { index.hasPrefix($0, at: index.tokens[j].range.start) }) {
            end = index.tokens[j].range.end
            taken += 1
            j += 1
        }
        // The name is the whole glued word run: text glued on after it ("อบต.บูรณาการทุก|ภาคส่วน") is a sentence.
        guard j >= index.count || (index.kind(j) != .thai && index.kind(j) != .latin) else { return nil }
        return end
    }

    /// Whether a false lead ("กฎ") ends right where token `i` starts, glued to it.
    func followsFalseLead(in index: TokenIndex, at i: Int) -> Bool {
        let start = index.tokens[i].range.start
        return falseLeads.contains { index.scalars.matches($0, endingAt: start) }
    }

    /// Whether the "และ" at token `i` is followed by a role noun ending on a token boundary
    /// ("และ|โฆษก", "และ|ผู้แทน"). (A role that is also a name part after "และ", "สหกรณ์จังหวัด",
    /// starts with a head and ends the name already.)
    func andStartsRole(in index: TokenIndex, at i: Int) -> Bool {
        i + 1 < index.count && index.startsWord(of: roleTrie, at: i + 1)
    }

    /// Whether a generic complement ("เอกชน", "การเงิน" over "การ|เงิน") starts at token `i`
    /// and ends on a token boundary, and no name word that it begins ("แม่|บ้าน" over "แม่") does.
    func isGenericComplement(in index: TokenIndex, at i: Int) -> Bool {
        if let word = complementNameWordTrie.longestMatch(in: index.scalars, at: index.tokens[i].range.start),
           index.token(endingAt: word.end) != nil { return false }
        return index.startsWord(of: complementTrie, at: i)
    }

    /// Whether a stop word starts at token `i`: it must end on a token boundary,
    /// unless it ends with "." (an abbreviation such as "จ." glued to a name).
    /// A verb right after "การ"/"ความ" is a noun inside a name ("การสร้างเสริม"), not a stop.
    func isStop(in index: TokenIndex, at i: Int) -> Bool {
        if i > 0, index.token(i - 1, is: Self.kan) || index.token(i - 1, is: Self.khwam) { return false }
        return stopStarts(in: index, at: index.tokens[i].range.start)
    }

    /// Whether a stop word starts at scalar offset `offset` and ends on a token boundary or with ".".
    private func stopStarts(in index: TokenIndex, at offset: Int) -> Bool {
        var found = false
        stopTrie.forEachMatchEnd(in: index.scalars, at: offset) { end in
            found = index.token(endingAt: end) != nil || index.scalars[end - 1] == "."
            return !found
        }
        return found
    }

    /// The head starting at token `i`, as the index of the token after it.
    func headEnd(in index: TokenIndex, at i: Int) -> Int? {
        guard index.kind(i) == .thai else { return nil }
        return index.longestWord(of: headTrie, at: i)?.token
    }

    /// Every head-led name in the document.
    /// - Parameters:
    ///   - knownOrganizationEnd: end offset of a known organisation name starting at an offset, if any.
    ///   - knownNameEnd: end offset of a known organisation or place name starting at an offset, if any.
    ///   - isBlocked: whether token `i` starts a mention found by an earlier stage.
    func candidates(in index: TokenIndex, knownOrganizationEnd: (Int) -> Int?, knownNameEnd: (Int) -> Int?,
                    isBlocked: (Int) -> Bool) -> [OrganizationCandidate] {
        var result: [OrganizationCandidate] = []
        var i = 0
        while i < index.count {
            guard let h = headEnd(in: index, at: i), !followsFalseLead(in: index, at: i),
                  let end = nameEnd(in: index, head: i, headEnd: h, knownOrganizationEnd: knownOrganizationEnd,
                                      knownNameEnd: knownNameEnd, isBlocked: isBlocked)
            else { i += 1; continue }
            let range = ScalarRange(index.tokens[i].range.start, end)
            if !isGenericName(in: index, range) {
                result.append(OrganizationCandidate(range: range, source: "org.head"))
            }
            i += 1
        }
        return result
    }

    /// End offset of the name whose head spans tokens `head..<headEnd`, or nil if no name follows the head.
    func nameEnd(in index: TokenIndex, head: Int, headEnd h: Int, knownOrganizationEnd: (Int) -> Int?,
                 knownNameEnd: (Int) -> Int?,
                 isBlocked: (Int) -> Bool) -> Int? {
        let headText = index.text(ScalarRange(index.tokens[head].range.start, index.tokens[h - 1].range.end))
        var j = h
        var end: Int? = nil          // scalar offset where the name ends so far
        var nameTokens = 0
        var endBeforeLast: Int? = nil  // `end` before the last Thai or Latin token was added
        // After a known name from the head on ("กระทรวงวัฒนธรรม"), the name goes on only
        // through continuations ("จำกัด"), "และ" + another part, or "ของ" + a known name.
        var afterKnownName = false
        // Ends of known names that start inside the name after its head ("สำนักงานปลัด|กระทรวงมหาดไทย").
        var knownEnds: Set<Int> = []
        if let known = knownOrganizationEnd(index.tokens[head].range.start), let last = index.token(endingAt: known),
           last + 1 >= h {
            end = known
            j = last + 1
            afterKnownName = true
        }
        scanning: while j < index.count, nameTokens < Self.maximumNameTokens {
            let start = index.tokens[j].range.start
            if j > h, isBlocked(j) { break }
            switch index.kind(j) {
            case .space:
                if index.tokenHasLineFeed(j) { break scanning }
                if j == h, words.spaceHeads.contains(headText) { j += 1; continue }
                if end != nil, words.spaceHeads.contains(headText), let suffix = companySuffixEnd(in: index, from: j) {
                    end = suffix.offset; j = suffix.token; continue
                }
                guard end != nil, let next = continuationEnd(in: index, at: index.tokens[j].range.end) else { break scanning }
                end = next.offset; j = next.token; nameTokens += 1
                continue
            case .punctuation:
                if let next = continuationEnd(in: index, at: start), end != nil {
                    end = next.offset; j = next.token; continue
                }
                if (index.token(j, is: Self.paiyannoi) || index.token(j, is: Self.dot)) && end != nil {
                    end = index.tokens[j].range.end; j += 1; continue
                }
                break scanning
            case .number, .other:
                break scanning
            case .thai, .latin:
                let isHaeng = index.token(j, is: Self.haeng)
                if isHaeng || index.token(j, is: Self.lae) {
                    // "เกษตรและ|สหกรณ์…": a head (or role) a false lead leads is a word of this name.
                    let ledOn = j + 1 < index.count && followsFalseLead(in: index, at: j + 1)
                    guard end != nil, j + 1 < index.count, index.kind(j + 1) == .thai,
                          isHaeng || !isStop(in: index, at: j + 1),
                          isHaeng || ledOn || !andStartsRole(in: index, at: j),
                          !(isHaeng && index.token(j + 1, is: Self.mai)),
                          ledOn || headEnd(in: index, at: j + 1) == nil,
                          isHaeng || knownNameEnd(index.tokens[j + 1].range.start) == nil
                    else { break scanning }
                    j += 1; afterKnownName = false; continue
                }
                if index.token(j, is: Self.khong) {
                    guard end != nil else { break scanning }
                    var after = index.tokens[j].range.end
                    if j + 1 < index.count, index.kind(j + 1) == .space, index.texts[j + 1] == " " {
                        after = index.tokens[j + 1].range.end
                    }
                    if let known = knownNameEnd(after) { end = known }
                    break scanning
                }
                if afterKnownName, Self.placeContinuations.contains(where: { index.hasPrefix($0, at: start) }) {
                    afterKnownName = false
                }
                if knownEnds.contains(start), isVerbAfterName(in: index, at: j) { break scanning }
                if !afterKnownName, let part = namePartEnd(in: index, at: j) {
                    endBeforeLast = end
                    end = part.offset; j = part.token; nameTokens += 1
                    continue
                }
                if afterKnownName || isStop(in: index, at: j) { break scanning }
                if j > h, let known = knownOrganizationEnd(start), index.token(endingAt: known) != nil { knownEnds.insert(known) }
                if j == h, isGenericComplement(in: index, at: j) { return nil }
                endBeforeLast = end
                end = index.tokens[j].range.end
                nameTokens += 1
                j += 1
            }
        }
        // A name cut right after "เพื่อ" ("ศาลเพื่อ", "กองทุนเพื่อ|ช่วยเหลือ…") ends before it, or is none.
        if let last = end, let k = index.token(endingAt: last), index.token(k, is: Self.phuea) { return endBeforeLast }
        return end
    }

    /// For a company ("บริษัท เพรซิเดนท์อะกริ เทรดดิ้ง จำกัด"): the end of a "จำกัด…"
    /// suffix at most three space-separated words after the space at token `j`.
    private func companySuffixEnd(in index: TokenIndex, from j: Int) -> (offset: Int, token: Int)? {
        var k = j
        var spaces = 0
        while k < index.count, spaces <= 3 {
            switch index.kind(k) {
            case .space:
                if index.tokenHasLineFeed(k) { return nil }
                spaces += 1
                let next = index.tokens[k].range.end
                if index.hasPrefix("จำกัด", at: next), let suffix = continuationEnd(in: index, at: next) { return suffix }
            case .punctuation:
                if !["(", ")", "&", "-", "."].contains(index.texts[k]) { return nil }
            case .number, .other:
                return nil
            case .thai, .latin:
                if isStop(in: index, at: k) { return nil }
            }
            k += 1
        }
        return nil
    }

    /// A continuation ("จำกัด", "(มหาชน)") starting at `offset`, ending on a token boundary.
    private func continuationEnd(in index: TokenIndex, at offset: Int) -> (offset: Int, token: Int)? {
        var found: (offset: Int, token: Int)?
        continuationTrie.forEachMatchEnd(in: index.scalars, at: offset) { end in
            if let last = index.token(endingAt: end) { found = (end, last + 1) }
            return true
        }
        return found
    }
}
