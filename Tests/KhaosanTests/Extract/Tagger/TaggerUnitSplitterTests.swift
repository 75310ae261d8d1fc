import Testing
@testable import Khaosan
@testable import KhaosanCore
@testable import KhaosanExtract

@Suite struct TaggerUnitSplitterTests {
    @Test func splitsAtFullStopsScriptChangesAndTitles() throws {
        let (document, units) = try TaggerTestSupport.units(TaggerTestSupport.sentence, prefixes: ["นาง", "ด.ช."])
        // ICU gives "ด.ช.กิตติ", "จ.เชียงใหม่" and "31สิงหาคม" as single tokens; gold boundaries fall inside them.
        #expect(TaggerTestSupport.texts(document, units) == [
            "ตาม", "ที่", "นาง", "ประนอม", " ", "ทอง", "จันทร์", " ", "กับ", " ",
            "ด.ช.", "กิตติ", "พงษ์", " ", "แหลม", "ผัก", "แว่น", " ", "ที่", " ",
            "จ.", "เชียงใหม่", " ", "เมื่อ", " ", "31", "สิงหาคม",
        ])
    }

    @Test func unitsCoverTheTextWithoutGaps() throws {
        let (document, units) = try TaggerTestSupport.units(TaggerTestSupport.sentence + " U.S.A. ABC123", prefixes: [])
        #expect(units.first?.range.start == 0)
        #expect(units.last?.range.end == document.textScalars.count)
        for (a, b) in zip(units, units.dropFirst()) { #expect(a.range.end == b.range.start) }
        #expect(units.allSatisfy { !$0.range.isEmpty })
    }

    @Test func zeroWidthCharactersNeverReachTheUnits() throws {
        // ThaiNER text has U+FEFF inside words: "ทักษิณ\u{FEFF}กล่าว". The normaliser deletes it,
        // so no unit holds it, and the units still map back over it in the source.
        let (document, units) = try TaggerTestSupport.units("นายทักษิณ\u{FEFF}กล่าว", prefixes: ["นาย"])
        let texts = TaggerTestSupport.texts(document, units)
        #expect(!texts.contains { $0.unicodeScalars.contains("\u{FEFF}") })
        #expect(texts.first == "นาย")
        #expect(document.offsetMap.sourceRange(ScalarRange(0, document.textScalars.count)) == ScalarRange(0, 15))
    }

    @Test func functionWordIsSplitOnlyBeforeAnAbbreviation() throws {
        let splitter = TaggerUnitSplitter()
        let text = "ในจ.ตาก ในการ"
        let scalars = Array(text.unicodeScalars)
        // Two hand-made tokens as ICU may give them: "ในจ." "ตาก" " " "ในการ".
        let tokens = [Token(range: ScalarRange(0, 4), kind: .thai), Token(range: ScalarRange(4, 7), kind: .thai),
                      Token(range: ScalarRange(7, 8), kind: .space), Token(range: ScalarRange(8, 13), kind: .thai)]
        let units = splitter.units(of: tokens, in: scalars).map { String(String.UnicodeScalarView(scalars[$0.range.start..<$0.range.end])) }
        #expect(units == ["ใน", "จ.", "ตาก", " ", "ในการ"])
    }
}
