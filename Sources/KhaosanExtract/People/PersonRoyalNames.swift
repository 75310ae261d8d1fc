import KhaosanCore
import KhaosanText

/// Royal names written in ราชาศัพท์: a run of royal titles, name parts and epithets with at
/// most two spaces (or no-break spaces) between them ("พระบาทสมเด็จพระบรมชนกาธิเบศร
/// มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร", "สมเด็จพระเจ้าอยู่หัว รัชกาลที่ 10"). A run is a royal
/// name when a name part (`cores=` of an entry of `persons-royal.tsv`) or a reign number names the
/// royal; the whole run is the mention, and its value is the entry's canonical name.
///
/// Offsets are Unicode scalar offsets of the normalised text.
struct PersonRoyalNames: Sendable {
    /// A royal name found in a text: its span and the canonical name of the royal; no name
    /// (nil) for a run of royal words that is part of an organisation or facility name.
    struct Match: Equatable {
        let range: ScalarRange
        let canonical: String?
    }

    /// What a stored word is: a title, an epithet that may end the name, a royal's name part, a reign word.
    private struct Piece: Sendable {
        var isTitle = false
        /// A title that does not make a run royal on its own (พระ, มหา).
        var isWeak = false
        /// A title that begins another royal when it follows a name part (สมเด็จ, พระบาทสมเด็จ).
        var startsRoyal = false
        var isEpithet = false
        /// An epithet that continues the royal before it even after a title that begins royals
        /// ("…อริยวงศาคตญาณ สมเด็จพระ|สังฆราช": the Supreme Patriarch's style has สมเด็จ twice).
        var continuesAfterStart = false
        /// Index into `canonicalNames` of the royal this name part names.
        var entry: Int?
        /// รัชกาลที่ / ในรัชกาลที่ / ร.: a reign number follows.
        var isReignWord = false
    }

    private let trie: ScalarTrie
    private let pieces: [Piece]
    private let canonicalNames: [String]
    private let entryOfReign: [Int: Int]
    /// Organisation and facility heads: a run glued right after one is part of that name
    /// ("มูลนิธิสมเด็จพระเทพรัตนราชสุดา", "ค่ายสมเด็จพระนเรศวรมหาราช"), not a person.
    private let heads: [[Unicode.Scalar]]
    /// Scalars that can begin a royal title or name part (a cheap test before the trie).
    let firstScalars: ScalarPrefilter

    /// - Parameters:
    ///   - entries: lexicon PERSON entries; those with `cores=` are the royals.
    ///   - titleLines: lines of `person-royal-titles.txt` (`word` or `word<TAB>weak|starts`).
    ///   - epithets: lines of `person-royal-epithets.txt` (`word` or `word<TAB>continues`).
    ///   - heads: organisation and facility heads.
    init(entries: [LexiconEntry], titleLines: [String], epithets: [String], heads: [String]) {
        var info: [String: Piece] = [:]
        var names: [String] = []
        var reigns: [Int: Int] = [:]
        for entry in entries {
            guard let cores = entry.properties["cores"] else { continue }
            let index = names.count
            names.append(entry.name)
            for core in cores.split(separator: ",") where info[String(core)]?.entry == nil {
                info[String(core), default: Piece()].entry = index
            }
            if let reign = entry.properties["reign"].flatMap({ Int($0) }) { reigns[reign] = index }
        }
        for line in titleLines {
            let columns = line.split(separator: "\t")
            guard let word = columns.first.map(String.init) else { continue }
            let flags = columns.count > 1 ? String(columns[1]) : ""
            info[word, default: Piece()].isTitle = true
            if flags == "weak" { info[word]!.isWeak = true }
            if flags == "starts" { info[word]!.startsRoyal = true }
        }
        for line in epithets {
            let columns = line.split(separator: "\t")
            guard let word = columns.first.map(String.init) else { continue }
            info[word, default: Piece()].isEpithet = true
            if columns.count > 1, columns[1] == "continues" { info[word]!.continuesAfterStart = true }
        }
        for word in Self.reignWords { info[word, default: Piece()].isReignWord = true }
        var trie = ScalarTrie()
        var pieces: [Piece] = []
        for (word, piece) in info.sorted(by: { $0.key < $1.key }) {
            trie.insert(word, payload: pieces.count)
            pieces.append(piece)
        }
        self.trie = trie.compacted()
        self.pieces = pieces
        canonicalNames = names
        entryOfReign = reigns
        self.heads = (heads + Self.extraHeads).map { Array($0.unicodeScalars) }
        firstScalars = ScalarPrefilter(tries: [self.trie])
    }

    /// Built from the PERSON entries of `lexicon`, the bundled royal word lists, the organisation
    /// heads of `place-org-heads.txt` and the facility heads of `place-heads-facility.txt`.
    static func bundled(lexicon: Lexicon) -> PersonRoyalNames {
        let list = BundledResources.requiredWordList
        return PersonRoyalNames(entries: lexicon.entries(labeled: .person), titleLines: list(.personRoyalTitles),
                                epithets: list(.personRoyalEpithets),
                                heads: list(.placeOrgHeads) + list(.placeHeadsFacility))
    }

    static let reignWords = ["รัชกาลที่", "ในรัชกาลที่", "ร."]
    /// Heads of names given after a royal that are not organisation or facility heads.
    static let extraHeads = BundledResources.requiredWordList(.personRoyalNameHeads)

    /// The royal name whose run starts at `start`, if the run names a known royal.
    /// `isWordEnd` tells where a word may end (the name must end at one).
    func match(in scalars: [Unicode.Scalar], at start: Int, isWordEnd: (Int) -> Bool) -> Match? {
        guard start < scalars.count, firstScalars.mayStart(with: scalars[start]) else { return nil }
        var items = run(in: scalars, from: start)
        guard let runEnd = items.last?.range.end else { return nil }
        if heads.contains(where: { scalars.matches($0, endingAt: start) }) { return Match(range: ScalarRange(start, runEnd), canonical: nil) }
        // Stop where another royal begins: a name part of another royal, or a title like สมเด็จ after a name part
        // (unless the royal's own style goes on after it: `continues(_:after:)`).
        var entry: Int?
        for (k, item) in items.enumerated() {
            let piece = pieces[item.piece]
            if let named = piece.entry {
                if entry == nil { entry = named } else if named != entry { items.removeSubrange(k...); break }
            } else if piece.startsRoyal, let current = entry, !continues(current, after: items[(k + 1)...]) {
                items.removeSubrange(k...)
                break
            }
        }
        // A name ends with a name part, an epithet or a reign number, at a word end.
        while let last = items.last {
            let piece = pieces[last.piece]
            if (piece.entry != nil || piece.isEpithet || last.reign != nil) && isWordEnd(last.range.end) { break }
            items.removeLast()
        }
        guard let last = items.last else { return nil }
        let named = items.compactMap { pieces[$0.piece].entry }
        let strong = items.contains { item in
            let piece = pieces[item.piece]
            return (piece.isTitle && !piece.isWeak) || (piece.isEpithet && !Self.weakEpithets.contains(item.word))
        }
        let royal: Int
        if let first = named.first {
            guard strong || named.count >= 2 else { return nil }
            royal = first
        } else {
            guard strong, let reign = items.compactMap(\.reign).first, let byReign = entryOfReign[reign] else { return nil }
            royal = byReign
        }
        return Match(range: ScalarRange(start, last.range.end), canonical: canonicalNames[royal])
    }

    /// Whether the words after a title that begins royals continue the royal `entry` named before it:
    /// the first word that is not a title is an epithet marked `continues` and part of that royal's
    /// canonical name ("สมเด็จพระอริยวงศาคตญาณ สมเด็จพระ|สังฆราช"; a king's name followed by
    /// "สมเด็จพระสังฆราช" names two people).
    private func continues(_ entry: Int, after rest: ArraySlice<Item>) -> Bool {
        guard let next = rest.first(where: { !pieces[$0.piece].isTitle }) else { return false }
        return pieces[next.piece].continuesAfterStart && canonicalNames[entry].contains(next.word)
    }

    /// Epithets that do not make a run royal on their own ("ฯ", "มหาราช").
    static let weakEpithets: Set<String> = ["ฯ", "มหาราช"]

    private struct Item {
        let range: ScalarRange
        let piece: Int
        let word: String
        /// The reign number of a reign word (its digits are inside `range`).
        let reign: Int?
    }

    /// The longest run of stored words from `start`, at most two spaces (or invisible marks) apart.
    private func run(in scalars: [Unicode.Scalar], from start: Int) -> [Item] {
        var items: [Item] = []
        var position = start
        while items.count < 16 {
            var at = position
            if !items.isEmpty {
                var gap = 0
                while at < scalars.count, gap < 2, ScalarClass.isWordSpace(scalars[at]) || ScalarClass.isInvisible(scalars[at]) {
                    at += 1
                    gap += 1
                }
            }
            guard let item = piece(in: scalars, at: at) else { break }
            items.append(item)
            position = item.range.end
        }
        return items
    }

    private func piece(in scalars: [Unicode.Scalar], at start: Int) -> Item? {
        guard let found = trie.longestMatch(in: scalars, at: start), let index = found.payloads.first else { return nil }
        let word = Document.string(scalars[start..<found.end])
        guard pieces[index].isReignWord else { return Item(range: ScalarRange(start, found.end), piece: index, word: word, reign: nil) }
        var digits = found.end
        if digits < scalars.count, scalars[digits] == " " || scalars[digits] == "\u{00A0}" { digits += 1 }
        var number = 0
        var end = digits
        while end < scalars.count, let value = Self.digitValue(scalars[end]) {
            number = number * 10 + value
            end += 1
        }
        guard end > digits, end - digits <= 2 else { return nil }
        return Item(range: ScalarRange(start, end), piece: index, word: word, reign: number)
    }

    /// The value of an ASCII or Thai digit.
    private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x0E50...0x0E59: return Int(scalar.value - 0x0E50)
        default: return nil
        }
    }
}
