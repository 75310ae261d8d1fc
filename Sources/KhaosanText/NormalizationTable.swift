import CICU
/// The BMP rule table and the legacy-font mapping.
enum NormalizationTable {
    /// Rule per BMP code point (65,536 entries).
    static let rules: [NormalizationRule] = build()

    /// Thai characters for U+F700…U+F71A, the glyph variants ("shifted" tone
    /// marks and vowels, consonants without descender) that Windows and Mac
    /// Thai fonts put in the Private Use Area and that PDF copy-paste leaks.
    /// Source: the Private Use Area layout of Microsoft's Thai fonts (as
    /// documented for OpenType Thai shaping and used by Thai PDF clean-up tools;
    /// written from that layout, not copied from a file). Checked against every
    /// context in thaigov-20k: F70A ต่อ, F70B ได้, F702 ปี, F712 เป็น, F710 ปัจจุบัน,
    /// F701 ปิด, F70E อุปกรณ์, F706 ป้อง.
    static let legacyThai: [UInt32] = [
        0x0E10, // F700 tho than without descender
        0x0E34, 0x0E35, 0x0E36, 0x0E37, // F701–F704 sara i, ii, ue, uee shifted left
        0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, // F705–F709 tone marks, thanthakhat shifted down-left
        0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, // F70A–F70E shifted down
        0x0E0D, // F70F yo ying without descender
        0x0E31, // F710 mai han-akat shifted left
        0x0E4D, // F711 nikhahit shifted left
        0x0E47, // F712 maitaikhu shifted left
        0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, // F713–F717 shifted left
        0x0E38, 0x0E39, 0x0E3A, // F718–F71A sara u, uu, phinthu shifted down
    ]

    /// The Thai value of `v`: its legacy-font mapping, else `v` itself.
    @inline(__always)
    static func thai(_ v: UInt32) -> UInt32 {
        v &- 0xF700 <= 0x1A ? legacyThai[Int(v &- 0xF700)] : v
    }

    /// Canonical combining class of the Thai marks that have one (0 otherwise).
    @inline(__always)
    static func thaiCombiningClass(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x0E38, 0x0E39: return 103
        case 0x0E3A: return 9
        case 0x0E48...0x0E4B: return 107
        default: return 0
        }
    }

    /// Whether a supplementary-plane scalar may change under NFC.
    static func isComposable(supplementary v: UInt32) -> Bool {
        cicu_nfc_is_inert(v) == 0
    }

    private static func build() -> [NormalizationRule] {
        var rules = [NormalizationRule](repeating: .keep, count: 0x10000)
        var bits = [UInt8](repeating: 0, count: 8192)
        let status = bits.withUnsafeMutableBufferPointer { cicu_nfc_non_inert_bmp($0.baseAddress) }
        for v in 0x300..<0x10000 where status != 0 || bits[v >> 3] & (1 << (v & 7)) != 0 {
            rules[v] = .composable // if ICU failed, every non-ASCII-ish scalar takes the careful path
        }
        for v in [0x09, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000] + Array(0x2000...0x200A) {
            rules[v] = .space
        }
        for v in [0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
            + Array(0x202A...0x202E) + Array(0x2066...0x2069) {
            rules[v] = .delete
        }
        for v in [0x0B, 0x0C, 0x85, 0x2028, 0x2029] { rules[v] = .newline }
        rules[0x0D] = .carriageReturn
        for v in 0xF700...0xF71A { rules[v] = .legacyThai }
        rules[0x0E40] = .saraE
        rules[0x0E4D] = .nikhahit
        for v in 0x0E50...0x0E59 { rules[v] = .thaiDigit }
        rules[0x0E1E] = .phoPhan
        for v in [0x0E38, 0x0E39, 0x0E3A, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B] { rules[v] = .thaiCombining }
        for v in [0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E47, 0x0E4C, 0x0E4E] { rules[v] = .thaiMark }
        rules[0x0E33] = .saraAm
        return rules
    }
}
