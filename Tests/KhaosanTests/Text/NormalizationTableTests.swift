import Testing
@testable import Khaosan
@testable import KhaosanText

@Suite struct NormalizationTableTests {
    @Test func legacyFontTableCoversU_F700ToU_F71AWithThaiCharacters() {
        #expect(NormalizationTable.legacyThai.count == 0x1B)
        for v in UInt32(0xF700)...0xF71A {
            let thai = NormalizationTable.thai(v)
            #expect((0x0E01...0x0E4E).contains(thai), "U+\(String(v, radix: 16)) → U+\(String(thai, radix: 16))")
            #expect(NormalizationTable.rules[Int(v)] == .legacyThai)
        }
        #expect(NormalizationTable.thai(0xF70A) == 0x0E48 && NormalizationTable.thai(0xF70B) == 0x0E49)
        #expect(NormalizationTable.thai(0xF71B) == 0xF71B && NormalizationTable.thai(0x0E01) == 0x0E01)
    }

    @Test func rulesOfCommonCharacters() {
        let rules = NormalizationTable.rules
        #expect(rules[0x41] == .keep && rules[0x0E01] == .keep && rules[0x201C] == .keep)
        #expect(rules[0xA0] == .space && rules[0x09] == .space && rules[0x3000] == .space)
        #expect(rules[0x200B] == .delete && rules[0xFEFF] == .delete && rules[0xAD] == .delete)
        #expect(rules[0x0D] == .carriageReturn && rules[0x2028] == .newline)
        #expect(rules[0x0E50] == .thaiDigit && rules[0x0E59] == .thaiDigit)
        #expect(rules[0x0E38] == .thaiCombining && rules[0x0E48] == .thaiCombining)
        // ICU says these may change under NFC.
        #expect(rules[0x0301] == .composable && rules[0x212B] == .composable && rules[0x1161] == .composable)
        #expect(NormalizationTable.isComposable(supplementary: 0x1D15E)) // musical half note: decomposes
        #expect(!NormalizationTable.isComposable(supplementary: 0x1F600)) // emoji: inert
    }
}
