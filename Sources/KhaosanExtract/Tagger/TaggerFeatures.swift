import KhaosanCore

/// Turns a sequence of tagger units into hashed feature rows: for each unit, the
/// row indices (into the model's weight table) of its active features.
///
/// Features: the unit and its neighbours (±2), the nearest non-space neighbours,
/// bigrams, 1–3-scalar prefixes and suffixes, shape (script, length, full stops,
/// case), gazetteer hits around the unit, and hints from earlier extractors.
public struct TaggerFeatures: Sendable {
    /// Row indices of all features, unit after unit.
    public private(set) var rows: [UInt32] = []
    /// `rows[starts[i]..<starts[i + 1]]` are the features of unit `i`.
    public private(set) var starts: [Int32] = [0]

    public var unitCount: Int { starts.count - 1 }

    /// Row indices of unit `i`'s features.
    public func rows(of i: Int) -> ArraySlice<UInt32> { rows[Int(starts[i])..<Int(starts[i + 1])] }

    /// Extracts features.
    /// - Parameters:
    ///   - units: units over `scalars` (normalised text offsets).
    ///   - gazetteerHits: per unit, codes from `TaggerGazetteer.hits`.
    ///   - hints: per unit, 0 or a code for an earlier extractor's mention touching it
    ///     (`1 + label * 4 + position`), or empty for none.
    ///   - rowMask: `rowCount - 1` (a power of two minus one).
    ///   - featureSet: the templates computed (`.extended` adds those listed in `TaggerFeatureSet`).
    public init(units: [TaggerUnit], scalars: [Unicode.Scalar], gazetteerHits: [[UInt16]],
                hints: [UInt16] = [], rowMask: UInt32, featureSet: TaggerFeatureSet = .standard) {
        let n = units.count
        let extended = featureSet == .extended
        // The parts of each feature that depend on one unit alone are computed once per
        // distinct unit; the rows and their order are those of `mix` over every feature
        // below (bias, words ±2, bigrams, nearest non-space neighbours, affixes, shapes,
        // gazetteer hits, hints).
        let table = TaggerWordTable(units: units, scalars: scalars, rowMask: rowMask)
        // Nearest non-space unit before and after each unit.
        var previousWord = [Int](repeating: -1, count: n)
        var nextWord = [Int](repeating: n, count: n)
        var last = -1
        for i in 0..<n { previousWord[i] = last; if units[i].kind != .space { last = i } }
        last = n
        for i in stride(from: n - 1, through: 0, by: -1) { nextWord[i] = last; if units[i].kind != .space { last = i } }

        let bias = UInt32(truncatingIfNeeded: FeatureHash.mix(1, 0) >> 17) & rowMask
        // Built in closure-local arrays (no access checks on `self` per row).
        let built = TaggerCodeHashes.alone.withUnsafeBufferPointer { alone in
        TaggerCodeHashes.started.withUnsafeBufferPointer { started in
        table.entries.withUnsafeBufferPointer { entries in
        table.unitEntries.withUnsafeBufferPointer { unitEntries in
            var out: [UInt32] = []
            out.reserveCapacity(n * 36)
            var starts: [Int32] = [0]
            starts.reserveCapacity(n + 1)
            @inline(__always) func e(_ i: Int) -> Int { i < 0 ? 0 : (i >= n ? 1 : Int(unitEntries[i])) }
            @inline(__always) func row(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 17) & rowMask }
            for i in 0..<n {
                let pw = previousWord[i], nw = nextWord[i]
                let pool = entries.baseAddress!
                let here = pool + e(i), before = pool + e(i - 1), after = pool + e(i + 1)
                let previous = pool + e(pw), next = pool + e(nw)
                out.append(bias)
                out.append(here.pointee.wordRows.0)
                out.append(before.pointee.wordRows.1)
                out.append(after.pointee.wordRows.2)
                out.append(pool[e(i - 2)].wordRows.3)
                out.append(pool[e(i + 2)].wordRows.4)
                out.append(row(FeatureHash.finish(before.pointee.start7, here.pointee.word)))
                out.append(row(FeatureHash.finish(here.pointee.start8, after.pointee.word)))
                out.append(pw == i - 1 ? previous.pointee.previousRows.0 : previous.pointee.previousRows.1)
                out.append(nw == i + 1 ? next.pointee.nextRows.0 : next.pointee.nextRows.1)
                out.append(row(FeatureHash.finish(previous.pointee.start11, here.pointee.word)))
                out.append(row(FeatureHash.finish(here.pointee.start12, next.pointee.word)))
                let affixes = here.pointee.affixCount
                if affixes > 0 { out.append(here.pointee.affixRows.0); out.append(here.pointee.affixRows.1) }
                if affixes > 2 { out.append(here.pointee.affixRows.2); out.append(here.pointee.affixRows.3) }
                if affixes > 4 { out.append(here.pointee.affixRows.4); out.append(here.pointee.affixRows.5) }
                out.append(here.pointee.shapeRow)
                out.append(row(FeatureHash.finish(before.pointee.start41, here.pointee.shape, after.pointee.shape)))
                out.append(row(FeatureHash.finish(previous.pointee.start42, here.pointee.shape)))
                out.append(row(FeatureHash.finish(here.pointee.start43, next.pointee.shape)))
                out.append(row(FeatureHash.finish(here.pointee.start44, previous.pointee.word)))
                if extended {
                    out.append(row(FeatureHash.mix(70, pool[e(i - 3)].word)))
                    out.append(row(FeatureHash.mix(71, pool[e(i + 3)].word)))
                    out.append(row(FeatureHash.mix(72, previous.pointee.word, next.pointee.word)))
                    if here.pointee.longAffixCount > 0 {
                        out.append(here.pointee.longAffixRows.0)
                        out.append(here.pointee.longAffixRows.1)
                    }
                }
                for code in gazetteerHits[i] {
                    out.append(row(TaggerCodeHashes.alone(alone, 0, code)))
                    out.append(row(FeatureHash.finish(TaggerCodeHashes.started(started, 0, code), here.pointee.shape)))
                }
                if pw >= 0 {
                    for code in gazetteerHits[pw] {
                        out.append(row(TaggerCodeHashes.alone(alone, 1, code)))
                        out.append(row(FeatureHash.finish(TaggerCodeHashes.started(started, 1, code), here.pointee.word)))
                    }
                }
                if nw < n { for code in gazetteerHits[nw] { out.append(row(TaggerCodeHashes.alone(alone, 2, code))) } }
                if pw >= 0, previousWord[pw] >= 0 {
                    for code in gazetteerHits[previousWord[pw]] { out.append(row(TaggerCodeHashes.alone(alone, 3, code))) }
                }
                if nw < n, nextWord[nw] < n {
                    for code in gazetteerHits[nextWord[nw]] { out.append(row(TaggerCodeHashes.alone(alone, 4, code))) }
                }
                if !hints.isEmpty {
                    let hint = hints[i]
                    out.append(row(TaggerCodeHashes.alone(alone, 5, hint)))
                    let before = pw >= 0 ? TaggerCodeHashes.started(started, 2, hints[pw]) : TaggerCodeHashes.started61AtStart
                    out.append(row(FeatureHash.finish(before, UInt64(hint))))
                    out.append(row(FeatureHash.finish(TaggerCodeHashes.started(started, 3, hint), UInt64(nw < n ? hints[nw] : 0xFFFF))))
                    if extended { out.append(row(FeatureHash.mix(73, UInt64(hint), here.pointee.word))) }
                }
                starts.append(Int32(out.count))
            }
            return (out, starts)
        }
        }
        }
        }
        rows = built.0
        starts = built.1
    }

    /// A shape code: kind, length bucket, full stops, Latin case.
    static func shape(of unit: TaggerUnit, in scalars: [Unicode.Scalar]) -> UInt64 {
        let count = unit.range.count
        let bucket: UInt64 = count <= 2 ? UInt64(count) : (count <= 4 ? 3 : (count <= 8 ? 4 : 5))
        var dots: UInt64 = 0
        var upper = 0, lower = 0
        for k in unit.range.start..<unit.range.end {
            let v = scalars[k].value
            if v == 0x2E { dots = k == unit.range.end - 1 ? 2 : max(dots, 1) }
            if v >= 0x41 && v <= 0x5A { upper += 1 } else if v >= 0x61 && v <= 0x7A { lower += 1 }
        }
        let firstUpper: UInt64 = scalars[unit.range.start].value >= 0x41 && scalars[unit.range.start].value <= 0x5A ? 1 : 0
        let caseCode: UInt64 = unit.kind != .latin ? 0 : (lower == 0 ? 3 : firstUpper + 1)
        let kindCode = UInt64(TokenKind.allCases.firstIndex(of: unit.kind) ?? 0)
        let punct: UInt64 = unit.kind == .punctuation || unit.kind == .other ? UInt64(scalars[unit.range.start].value) : 0
        return 1 + kindCode | bucket << 4 | dots << 8 | caseCode << 10 | punct << 16
    }
}
