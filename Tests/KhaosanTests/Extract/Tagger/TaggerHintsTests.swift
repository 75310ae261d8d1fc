import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct TaggerHintsTests {
    /// The definition: a unit is hinted by the first mention (in `mentions` order) that
    /// contains its non-empty range — a scan of every unit per mention.
    private func reference(units ranges: [ScalarRange], mentions: [Mention]) -> [UInt16] {
        var codes = [UInt16](repeating: 0, count: ranges.count)
        for mention in mentions {
            let inside = ranges.indices.filter { mention.range.contains(ranges[$0]) && !ranges[$0].isEmpty }
            guard let first = inside.first, let last = inside.last else { continue }
            let base = 1 + UInt16(MentionLabel.allCases.firstIndex(of: mention.label)!) * 4
            for u in inside where codes[u] == 0 { codes[u] = base + (first == last ? 3 : (u == first ? 0 : (u == last ? 2 : 1))) }
        }
        return codes
    }

    @Test func codesEqualTheFullScanForEveryMentionRangeInNormalisedAndSourceOffsets() throws {
        // Non-breaking spaces, decomposed sara am and "เเ" make source and text offsets differ.
        let source = "นาง\u{00A0}ประนอม ทองจ\u{0E4D}\u{0E32}ปา ที่ จ.เชียงใหม่ เเละ UNDP\u{00A0}\u{00A0}ปี 2565"
        let (document, units) = try TaggerTestSupport.units(source, prefixes: ["นาง"])
        let length = source.unicodeScalars.count
        var mentions: [Mention] = []
        for start in stride(from: 0, to: length, by: 3) {
            for end in stride(from: start, through: length, by: 4) {
                let label = MentionLabel.allCases[(start + end) % MentionLabel.allCases.count]
                mentions.append(Mention(range: ScalarRange(start, end), label: label, text: "", source: "test"))
            }
        }
        // Normalised unit ranges (the tagger's) and their source ranges (training on gold text,
        // where the source ranges need not be sorted); one mention at a time (every window),
        // then all together (first mention wins).
        for ranges in [units.map(\.range), units.map { document.offsetMap.sourceRange($0.range) }] {
            for mention in mentions {
                #expect(TaggerHints.codes(units: ranges, mentions: [mention]) == reference(units: ranges, mentions: [mention]))
            }
            #expect(TaggerHints.codes(units: ranges, mentions: mentions.reversed())
                    == reference(units: ranges, mentions: mentions.reversed()))
        }
    }

    @Test func firstIndexFindsTheFirstRangeStartingAtOrAfterAnOffset() {
        let ranges = [ScalarRange(0, 2), ScalarRange(2, 2), ScalarRange(2, 5), ScalarRange(7, 8)]
        #expect(TaggerHints.firstIndex(in: ranges, startingAtOrAfter: 0) == 0)
        #expect(TaggerHints.firstIndex(in: ranges, startingAtOrAfter: 1) == 1)
        #expect(TaggerHints.firstIndex(in: ranges, startingAtOrAfter: 2) == 1)
        #expect(TaggerHints.firstIndex(in: ranges, startingAtOrAfter: 6) == 3)
        #expect(TaggerHints.firstIndex(in: ranges, startingAtOrAfter: 9) == 4)
        #expect(TaggerHints.firstIndex(in: [], startingAtOrAfter: 3) == 0)
    }
}
