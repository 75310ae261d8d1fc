import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct TaggerWordTableTests {
    @Test func equalUnitsShareAnEntryAndDifferentOnesDoNot() throws {
        let (document, units) = try TaggerTestSupport.units(TaggerTestSupport.sentence, prefixes: ["นาง", "ด.ช."])
        let scalars = document.textScalars
        let table = TaggerWordTable(units: units, scalars: scalars, rowMask: 0xFFFF)
        let texts = TaggerTestSupport.texts(document, units)
        for i in units.indices {
            for j in units.indices {
                let same = texts[i] == texts[j] && units[i].kind == units[j].kind
                #expect((table.unitEntries[i] == table.unitEntries[j]) == same)
            }
            let entry = table.entries[Int(table.unitEntries[i])]
            #expect(entry.word == FeatureHash.scalars(scalars, units[i].range.start, units[i].range.end))
            #expect(entry.shape == TaggerFeatures.shape(of: units[i], in: scalars))
            #expect(entry.wordRows.0 == UInt32(truncatingIfNeeded: FeatureHash.mix(2, entry.word) >> 17) & 0xFFFF)
        }
        // Entries 0 and 1 stand for the sequence start and end.
        #expect(table.entries[0].word == TaggerWordTable.bos && table.entries[1].shape == TaggerWordTable.eos)
        #expect(table.entries.count == 2 + Set(units.indices.map { "\(texts[$0])|\(units[$0].kind)" }).count)
    }

    @Test func sameScalarsOfAnotherKindGetTheirOwnEntry() {
        let scalars = Array("ab ab".unicodeScalars)
        let units = [TaggerUnit(range: ScalarRange(0, 2), kind: .latin), TaggerUnit(range: ScalarRange(2, 3), kind: .space),
                     TaggerUnit(range: ScalarRange(3, 5), kind: .other)]
        let table = TaggerWordTable(units: units, scalars: scalars, rowMask: 0xFF)
        #expect(Set(table.unitEntries).count == 3)
        #expect(table.entries[Int(table.unitEntries[0])].word == table.entries[Int(table.unitEntries[2])].word)
    }
}
