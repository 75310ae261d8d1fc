import KhaosanCore
import KhaosanText

/// The source text and mentions of one document, indexed for the look-ups of
/// `RelationExtractor`. Offsets are Unicode scalars of the source text.
struct RelationContext {
    let text: [Unicode.Scalar]
    /// Mentions sorted by range.
    let mentions: [Mention]
    private var byStart: [Int: Mention] = [:]
    private var byEnd: [Int: Mention] = [:]
    /// Indices in `mentions` of the PLACE mentions, in order.
    private let placeIndices: [Int]

    init(text: [Unicode.Scalar], mentions: [Mention]) {
        self.text = text
        let sorted = mentions.sorted { $0.range < $1.range }
        self.mentions = sorted
        placeIndices = sorted.indices.filter { sorted[$0].label == .place }
        for mention in self.mentions {
            if byStart[mention.range.start] == nil { byStart[mention.range.start] = mention }
            byEnd[mention.range.end] = mention
        }
    }

    func mention(startingAt offset: Int) -> Mention? { byStart[offset] }
    func mention(endingAt offset: Int) -> Mention? { byEnd[offset] }

    /// The start of the first mention starting at or after `offset`; the text's end if none.
    func nextMentionStart(from offset: Int) -> Int {
        let low = firstMention(startingAtOrAfter: offset)
        return low < mentions.count ? mentions[low].range.start : text.count
    }

    /// The index in `mentions` of the first mention starting at or after `offset` (`mentions.count` if none).
    func firstMention(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The mentions starting at offsets `from...through`, in order.
    func mentions(startingIn from: Int, through: Int) -> ArraySlice<Mention> {
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.start < from { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < mentions.count, mentions[end].range.start <= through { end += 1 }
        return mentions[low..<end]
    }

    func mention(startingAfterSpaces offset: Int, maxSpaces: Int) -> Mention? {
        mention(startingAt: skipSpacesForward(from: offset, max: maxSpaces))
    }

    func skipSpacesBackward(from offset: Int, max: Int) -> Int {
        text.skippingWordSpaces(backwardFrom: offset, max: max)
    }

    func skipSpacesForward(from offset: Int, max: Int) -> Int {
        text.skippingWordSpaces(forwardFrom: offset, max: max)
    }

    func hasWord(_ word: String, at offset: Int) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard offset >= 0, offset + scalars.count <= text.count else { return false }
        return scalars.indices.allSatisfy { text[offset + $0] == scalars[$0] }
    }

    func string(_ start: Int, _ end: Int) -> String {
        Document.string(text[max(0, start)..<min(text.count, end)])
    }

    /// The first PERSON mention starting within two spaces of `offset`.
    func nextPerson(after offset: Int) -> Mention? {
        let next = mention(startingAt: skipSpacesForward(from: offset, max: 2))
        return next?.label == .person ? next : nil
    }

    /// "ณ PLACE [PLACE…] ในงาน EVENT": the first place of the chain that ends just before `eventStart`.
    func placeChainBefore(_ eventStart: Int) -> ScalarRange? {
        // The last place ending by eventStart: such a place starts by eventStart too, and walking
        // back over the places from there passes only those that reach over eventStart.
        var low = 0, high = placeIndices.count  // → the number of places starting by eventStart
        while low < high {
            let mid = (low + high) / 2
            if mentions[placeIndices[mid]].range.start <= eventStart { low = mid + 1 } else { high = mid }
        }
        var k = low
        while k > 0, mentions[placeIndices[k - 1]].range.end > eventStart { k -= 1 }
        guard k > 0 else { return nil }
        let last = mentions[placeIndices[k - 1]]
        let gap = string(last.range.end, eventStart).trimmingCharacters(in: .whitespaces)
        guard ["ในงาน", "ใน", "งาน", "ในการประชุม", "การประชุม"].contains(gap) else { return nil }
        var first = last
        while let previous = mention(endingAt: skipSpacesBackward(from: first.range.start, max: 1)),
              previous.label == .place { first = previous }
        let before = skipSpacesBackward(from: first.range.start, max: 1)
        for word in ["ณ", "ที่"] where hasWord(word, at: before - word.unicodeScalars.count) { return first.range }
        return nil
    }

    /// "… จัดขึ้นโดย ORG" / "จัดโดย ORG" after `offset` in the same paragraph, within `limit` scalars.
    func organizer(after offset: Int, within limit: Int) -> ScalarRange? {
        let end = min(text.count, offset + limit)
        var position = offset
        while position < end {
            if text[position] == "\n" { return nil }
            for cue in ["จัดขึ้นโดย", "จัดโดย"] where hasWord(cue, at: position) {
                let start = skipSpacesForward(from: position + cue.unicodeScalars.count, max: 1)
                if let org = mention(startingAt: start), org.label == .organization { return org.range }
            }
            if let other = mention(startingAt: position), other.label == .event, position > offset { return nil }
            position += 1
        }
        return nil
    }
}
