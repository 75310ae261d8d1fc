import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanText
@testable import KhaosanExtract

/// Property tests of `TextNormalizer`'s offset map over random texts.
///
/// A normalised offset `p` is a *boundary* when it is 0, the text length, or
/// when the scalars on either side come from disjoint source ranges
/// (`sourceEnd[p-1] <= sourceStart[p]`); inside a unit (a reordered or composed
/// cluster) it is not. For every pair of boundaries `a <= b`, with
/// `r = offsetMap.sourceRange([a, b))`:
/// 1. `r` covers the source of every scalar in `[a, b)` and overlaps the source
///    of no scalar outside it (it never splits a scalar or a unit);
/// 2. `normalize(source[r]) == text[a..<b]` (it is the same text).
/// Rule 2 holds for every rule that looks only at the scalars it rewrites. The
/// print-button rule looks at the whole line, so with it on, rule 2 is checked
/// for boundaries at line boundaries (next to a line feed or the text's ends).
@Suite struct OffsetMapPropertyTests {
    static let pieces: [String] = [
        // Thai words and letters, Latin, digits, emoji
        "มหาวิทยาลัย", "พะเยา", "ก", "ข", "เ", "แ", "น", "ป", "ผ", "ส", "า", "ำ", " ", " ", "\n",
        "ASEAN", "e", "a", "Q", "x", "2566", "3.5", "๒๕๖๖", "๙", "😀", "👩‍👩‍👧", "🇹🇭", "。",
        // Thai marks: nikhahit, sara aa, tone marks, sara u/uu, phinthu
        "\u{0E4D}", "\u{0E32}", "\u{0E48}", "\u{0E49}", "\u{0E4A}", "\u{0E4B}", "\u{0E38}", "\u{0E39}",
        "\u{0E3A}", "\u{0E4C}", "\u{0E34}", "\u{0E47}", "\u{0E40}\u{0E40}",
        "น\u{0E4D}\u{0E49}\u{0E32}", "ส\u{0E4D}\u{0E32}", "นำ\u{0E49}", "\u{0E48}\u{0E48}", "ปฏิิ",
        // legacy font code points
        "\u{F700}", "\u{F702}", "\u{F70A}", "\u{F70B}", "\u{F70E}", "\u{F710}", "\u{F711}", "\u{F712}",
        "\u{F718}", "\u{F71A}",
        // spaces, zero-width characters, line breaks
        "\u{00A0}", "\u{202F}", "\u{3000}", "\u{2003}", "\t", "\u{200B}", "\u{200C}", "\u{200D}",
        "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{202A}", "\r", "\r\n", "\u{2028}",
        // combining marks and characters NFC changes
        "\u{0301}", "\u{0308}", "\u{030C}", "\u{0323}", "\u{0958}", "\u{212B}", "\u{1100}", "\u{1161}",
        "\u{11A8}", "\u{0B47}", "\u{0B3E}", "\u{2000}",
        // print-button line
        "พิมพ์", "\nพิมพ์\n", " พิมพ์ ",
    ]

    static func randomText(_ generator: inout SplitMix64) -> String {
        let count = Int.random(in: 0...14, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    static func slice(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }

    func check(_ normalizer: TextNormalizer, seed: UInt64, texts: Int, lineBoundariesOnly: Bool) {
        var generator = SplitMix64(seed: seed)
        var checkedRanges = 0
        for t in 0..<texts {
            let source = Self.randomText(&generator)
            let sourceScalars = Array(source.unicodeScalars)
            let result = normalizer.normalize(source)
            let map = result.offsetMap
            let text = result.scalars
            #expect(map.sourceLength == sourceScalars.count)
            #expect(text == Array(result.text.unicodeScalars))
            for k in 0..<map.textLength {
                #expect(map.sourceStart(k) < map.sourceEnd(k) && Int(map.sourceEnd(k)) <= map.sourceLength)
                if k > 0 {
                    #expect(map.sourceStart(k - 1) <= map.sourceStart(k) && map.sourceEnd(k - 1) <= map.sourceEnd(k))
                }
            }
            let boundaries = (0...map.textLength).filter { p in
                guard p == 0 || p == map.textLength || map.sourceEnd(p - 1) <= map.sourceStart(p) else { return false }
                if !lineBoundariesOnly { return true }
                return p == 0 || p == map.textLength || text[p - 1] == "\n" || text[p] == "\n"
            }
            for (i, a) in boundaries.enumerated() {
                for b in boundaries[i...] {
                    let r = map.sourceRange(ScalarRange(a, b))
                    checkedRanges += 1
                    for k in 0..<map.textLength {
                        let unit = ScalarRange(Int(map.sourceStart(k)), Int(map.sourceEnd(k)))
                        let inside = k >= a && k < b
                        if inside != r.contains(unit) || (!inside && r.overlaps(unit)) {
                            Issue.record("text \(t) \(source.debugDescription): range [\(a),\(b)) → \(r) vs scalar \(k) from \(unit)")
                        }
                    }
                    // Compared as scalars: Swift's String == is canonical equivalence.
                    let again = Array(normalizer.normalize(Self.slice(sourceScalars, r)).text.unicodeScalars)
                    let expected = Array(text[a..<b])
                    if again != expected {
                        Issue.record("text \(t) \(source.debugDescription): [\(a),\(b)) → \(r): \(again.debugDescription) ≠ \(expected.debugDescription)")
                        return
                    }
                }
            }
        }
        #expect(checkedRanges > texts)
    }

    @Test func everyRangeMapsBackToTheSameTextWithoutThePrintButtonRule() {
        check(TextNormalizer(removesPrintButtonLines: false), seed: 2566, texts: 400, lineBoundariesOnly: false)
    }

    @Test func lineRangesMapBackToTheSameTextWithEveryRule() {
        check(TextNormalizer(), seed: 2567, texts: 400, lineBoundariesOnly: true)
    }

    @Test func everyRuleFiresInTheGeneratedTexts() {
        // Guards the generator: a property over texts that never trigger a rule proves nothing.
        var generator = SplitMix64(seed: 2566)
        var changed = 0, composed = 0
        for _ in 0..<400 {
            let source = Self.randomText(&generator)
            let result = TextNormalizer().normalize(source)
            if !result.text.unicodeScalars.elementsEqual(source.unicodeScalars) { changed += 1 }
            if (0..<result.offsetMap.textLength).contains(where: { k in
                k > 0 && result.offsetMap.sourceStart(k - 1) == result.offsetMap.sourceStart(k) }) { composed += 1 }
        }
        #expect(changed > 200 && composed > 20)
    }
}
