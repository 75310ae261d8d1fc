import CICU

/// What `TextNormalizer` does with one source scalar: a per-code-point table
/// for the Basic Multilingual Plane, built once.
enum NormalizationRule: UInt8 {
    /// Copied unchanged.
    case keep = 0
    /// A Unicode space (no-break, narrow, em, ideographic…) or tab → U+0020.
    case space
    /// Invisible format character (zero-width space/joiners, word joiner, BOM,
    /// soft hyphen, bidi controls) → deleted.
    case delete
    /// Line or paragraph separator, form feed, vertical tab, NEL → U+000A.
    case newline
    /// U+000D: CR LF → LF, a lone CR → LF.
    case carriageReturn
    /// Legacy Thai font code point U+F700–U+F71A → its Thai character.
    case legacyThai
    /// U+0E40 sara e: two in a row → U+0E41 sara ae.
    case saraE
    /// U+0E4D nikhahit: followed by sara aa (maybe with a tone mark between) → sara am.
    case nikhahit
    /// Thai digit ๐–๙ → ASCII 0–9.
    case thaiDigit
    /// U+0E1E pho phan: may start a stray "พิมพ์" print-button line.
    case phoPhan
    /// Thai mark with a non-zero canonical combining class (sara u, uu, phinthu,
    /// tone marks): NFC may reorder it; typed twice in a row → once.
    case thaiCombining
    /// Other Thai above/below mark (mai han-akat, sara i–uee, maitaikhu,
    /// thanthakhat, nikhahit-free marks): typed twice in a row → once.
    case thaiMark
    /// U+0E33 sara am followed by a tone mark ("นำ้") → tone, sara am ("น้ำ").
    case saraAm
    /// Any other character that NFC may change (ICU: not inert).
    case composable
}
