import KhaosanCore

/// Normalises Thai news text for matching while keeping a map back to the source.
///
/// One pass over the source scalars applies the fixes found in real archives (the
/// table below); NFC runs afterwards only on documents that contain a scalar NFC
/// could change. Every normalised scalar records the source scalars it came
/// from (`OffsetMap`), so any normalised range maps back to an exact source range.
///
/// | source | normalised | map |
/// |---|---|---|
/// | U+0E4D U+0E32 (decomposed sara am) | U+0E33 | 1 ← 2 |
/// | U+0E4D tone U+0E32 | tone U+0E33 | each ← all 3 |
/// | U+0E33 tone ("นำ้", tone typed after sara am) | tone U+0E33 | each ← both |
/// | the same Thai mark typed twice or more ("ที่่") | the mark once | 1 ← all |
/// | U+0E40 U+0E40 (sara e typed twice) | U+0E41 | 1 ← 2 |
/// | U+F700–U+F71A (legacy font glyphs) | Thai letter | 1 ← 1 |
/// | no-break and other Unicode spaces, tab | U+0020 | 1 ← 1 |
/// | zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls | — | deleted |
/// | CR LF, CR, U+2028, U+2029, VT, FF, NEL | U+000A | 1 ← 2 or 1 |
/// | Thai digits ๐–๙ | ASCII 0–9 | 1 ← 1 |
/// | a line holding only "พิมพ์" (print button) | the word is deleted | deleted |
/// | text not in NFC (e.g. e U+0301, tone before sara u) | NFC | each ← whole segment |
///
/// Digits become ASCII for matching only: surfaces are always taken from the source.
public struct TextNormalizer: Sendable {
    /// Whether a line holding only "พิมพ์" (a web page's print button) is dropped.
    public var removesPrintButtonLines: Bool

    public init(removesPrintButtonLines: Bool = true) {
        self.removesPrintButtonLines = removesPrintButtonLines
    }

    /// The normalised form of `source` with its offset map (scalar offsets).
    public func normalize(_ source: String) -> NormalizedText {
        normalize(source, scalars: ScalarDecoder.scalars(of: source))
    }

    /// The normalised form of `source`, whose scalars are `scalars`.
    public func normalize(_ source: String, scalars: [Unicode.Scalar]) -> NormalizedText {
        let n = scalars.count
        guard n > 0 else { return NormalizedText(text: source, scalars: scalars, offsetMap: .identity(length: 0)) }
        let utf8Capacity = source.utf8.count
        var changed = false
        var needsNFC = false
        var text = ""
        var starts: [Int32] = []
        var ends: [Int32] = []
        let output = [Unicode.Scalar](unsafeUninitializedCapacity: n) { outBuffer, outCount in
            outBuffer.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: n) { out in
                scalars.withUnsafeBufferPointer { scalarBuffer in
                    scalarBuffer.baseAddress!.withMemoryRebound(to: UInt32.self, capacity: n) { srcBase in
                        let src = UnsafeBufferPointer(start: srcBase, count: n)
                        starts = [Int32](unsafeUninitializedCapacity: n) { s, sCount in
                            ends = [Int32](unsafeUninitializedCapacity: n) { e, eCount in
                                text = String(unsafeUninitializedCapacity: utf8Capacity) { bytes in
                                    var pass = FixPass(src: src, out: out, starts: s.baseAddress!,
                                                       ends: e.baseAddress!, utf8: bytes.baseAddress!,
                                                       removesPrintButtonLines: removesPrintButtonLines)
                                    pass.run()
                                    changed = pass.changed
                                    needsNFC = pass.needsNFC
                                    outCount = pass.count
                                    eCount = pass.count
                                    return changed && !needsNFC ? pass.utf8Count : 0
                                }
                            }
                            sCount = outCount
                        }
                    }
                }
            }
        }
        if !changed && !needsNFC {
            return NormalizedText(text: source, scalars: scalars, offsetMap: .identity(length: n))
        }
        if needsNFC {
            let values = output.withUnsafeBufferPointer { buffer in
                Array(UnsafeRawBufferPointer(buffer).bindMemory(to: UInt32.self))
            }
            if let composed = CanonicalComposer.compose(values, starts: starts, ends: ends) {
                return NormalizedText(utf32: composed.scalars, offsetMap: OffsetMap(
                    sourceStart: composed.starts, sourceEnd: composed.ends, sourceLength: n))
            }
            return NormalizedText(utf32: values, offsetMap: OffsetMap(sourceStart: starts, sourceEnd: ends, sourceLength: n))
        }
        return NormalizedText(text: text, scalars: output,
                              offsetMap: OffsetMap(sourceStart: starts, sourceEnd: ends, sourceLength: n))
    }
}
