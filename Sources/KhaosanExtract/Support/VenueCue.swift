import KhaosanCore
import KhaosanText

/// "ณ" as the word that introduces a venue ("… ณ ห้องประชุม…", "ณ บริเวณตลาดน้ำ…"): ณ with a space or a
/// line start before it and a space after it (inside words ณ is a letter: "คุณ", "กฤษณะ"), then
/// optionally a filler word (`relation-venue-fillers.txt`: "บริเวณ") before the place. Offsets are
/// scalars of the text given.
enum VenueCue {
    /// Words between "ณ" and the place that are not part of the place's name.
    static let fillers = BundledResources.requiredWordList(.relationVenueFillers).map { Array($0.unicodeScalars) }

    /// Words that start another happening (a trip) between an event and a later cue.
    static let gapStops = BundledResources.requiredWordList(.relationVenueGapStops).map { Array($0.unicodeScalars) }

    /// Whether what stands at `offset`, between an event and a later venue cue, makes the cue
    /// another happening's: a `gapStops` word, or the number of a new list item (" 4. ").
    static func stopsAGap(at offset: Int, in text: [Unicode.Scalar]) -> Bool {
        if gapStops.contains(where: { text.matches($0, at: offset) }) { return true }
        guard offset > 0, ScalarClass.isWordSpace(text[offset - 1]) else { return false }
        var i = offset
        while i < text.count, i - offset < 3, ("0"..."9").contains(text[i]) { i += 1 }
        return i > offset && i - offset <= 2 && i + 1 < text.count && text[i] == "." && ScalarClass.isWordSpace(text[i + 1])
    }

    /// Whether the gap `from..<to` holds something that `stopsAGap`.
    static func gapIsStopped(from: Int, to: Int, in text: [Unicode.Scalar]) -> Bool {
        (max(0, from)..<max(from, to)).contains { stopsAGap(at: $0, in: text) }
    }

    /// Whether the cue "ณ" stands at `offset`.
    static func isCue(at offset: Int, in text: [Unicode.Scalar]) -> Bool {
        guard offset >= 0, offset + 1 < text.count, text[offset] == "ณ", ScalarClass.isWordSpace(text[offset + 1]) else {
            return false
        }
        return offset == 0 || ScalarClass.isWordSpace(text[offset - 1]) || text[offset - 1] == "\n"
    }

    /// The offset of the cue whose place starts at `placeStart`: "ณ", one or two spaces, an optional
    /// filler (glued to the place or one or two spaces before it).
    static func cue(before placeStart: Int, in text: [Unicode.Scalar]) -> Int? {
        var i = text.skippingWordSpaces(backwardFrom: placeStart, max: maxSpaces)
        if let filler = fillers.first(where: { text.matches($0, endingAt: i) }) {
            i = text.skippingWordSpaces(backwardFrom: i - filler.count, max: maxSpaces)
        }
        return i > 0 && isCue(at: i - 1, in: text) ? i - 1 : nil
    }

    /// Where the place after the cue at `cue` may start: past one or two spaces, and when a filler
    /// follows, also past it (a PLACE mention may hold the filler: "บริเวณอาคารศูนย์ราชการ…").
    static func placeStarts(afterCue cue: Int, in text: [Unicode.Scalar]) -> [Int] {
        let i = text.skippingWordSpaces(forwardFrom: cue + 1, max: maxSpaces)
        guard let filler = fillers.first(where: { text.matches($0, at: i) }) else { return [i] }
        return [i, text.skippingWordSpaces(forwardFrom: i + filler.count, max: maxSpaces)]
    }

    /// Most spaces read between the cue, a filler and the place.
    static let maxSpaces = 2
}
