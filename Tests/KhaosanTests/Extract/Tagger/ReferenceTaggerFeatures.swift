@testable import Khaosan
@testable import KhaosanExtract

/// The feature extraction as it was before the per-distinct-unit tables: one
/// `FeatureHash.mix` per feature and occurrence. Tests compare `TaggerFeatures`
/// with it row for row.
enum ReferenceTaggerFeatures {
    static func rows(units: [TaggerUnit], scalars: [Unicode.Scalar], gazetteerHits: [[UInt16]],
                     hints: [UInt16] = [], rowMask: UInt32,
                     featureSet: TaggerFeatureSet = .standard) -> (rows: [UInt32], starts: [Int32]) {
        var rows: [UInt32] = []
        var starts: [Int32] = [0]
        let n = units.count
        rows.reserveCapacity(n * 40)
        starts.reserveCapacity(n + 1)
        var word = [UInt64](repeating: 0, count: n)
        var shape = [UInt64](repeating: 0, count: n)
        for (i, unit) in units.enumerated() {
            word[i] = FeatureHash.scalars(scalars, unit.range.start, unit.range.end)
            shape[i] = TaggerFeatures.shape(of: unit, in: scalars)
        }
        // Nearest non-space unit before and after each unit.
        var previousWord = [Int](repeating: -1, count: n)
        var nextWord = [Int](repeating: n, count: n)
        var last = -1
        for i in 0..<n { previousWord[i] = last; if units[i].kind != .space { last = i } }
        last = n
        for i in stride(from: n - 1, through: 0, by: -1) { nextWord[i] = last; if units[i].kind != .space { last = i } }

        let bos: UInt64 = 0xB05, eos: UInt64 = 0xE05
        func w(_ i: Int) -> UInt64 { i < 0 ? bos : (i >= n ? eos : word[i]) }
        func s(_ i: Int) -> UInt64 { i < 0 ? bos : (i >= n ? eos : shape[i]) }
        func add(_ h: UInt64) { rows.append(UInt32(truncatingIfNeeded: h >> 17) & rowMask) }

        for i in 0..<n {
            let unit = units[i]
            add(FeatureHash.mix(1, 0))
            add(FeatureHash.mix(2, w(i)))
            add(FeatureHash.mix(3, w(i - 1)))
            add(FeatureHash.mix(4, w(i + 1)))
            add(FeatureHash.mix(5, w(i - 2)))
            add(FeatureHash.mix(6, w(i + 2)))
            add(FeatureHash.mix(7, w(i - 1), w(i)))
            add(FeatureHash.mix(8, w(i), w(i + 1)))
            let pw = previousWord[i], nw = nextWord[i]
            add(FeatureHash.mix(9, w(pw), pw == i - 1 ? 0 : 1))
            add(FeatureHash.mix(10, w(nw), nw == i + 1 ? 0 : 1))
            add(FeatureHash.mix(11, w(pw), w(i)))
            add(FeatureHash.mix(12, w(i), w(nw)))
            let length = unit.range.count
            for k in 1...3 where k < length {
                add(FeatureHash.mix(20 + UInt64(k), FeatureHash.scalars(scalars, unit.range.start, unit.range.start + k)))
                add(FeatureHash.mix(30 + UInt64(k), FeatureHash.scalars(scalars, unit.range.end - k, unit.range.end)))
            }
            add(FeatureHash.mix(40, s(i)))
            add(FeatureHash.mix(41, s(i - 1), s(i), s(i + 1)))
            add(FeatureHash.mix(42, s(pw), s(i)))
            add(FeatureHash.mix(43, s(i), s(nw)))
            add(FeatureHash.mix(44, s(i), w(pw)))
            if featureSet == .extended {
                add(FeatureHash.mix(70, w(i - 3)))
                add(FeatureHash.mix(71, w(i + 3)))
                add(FeatureHash.mix(72, w(pw), w(nw)))
                if length > 4 {
                    add(FeatureHash.mix(24, FeatureHash.scalars(scalars, unit.range.start, unit.range.start + 4)))
                    add(FeatureHash.mix(34, FeatureHash.scalars(scalars, unit.range.end - 4, unit.range.end)))
                }
            }
            for code in gazetteerHits[i] {
                add(FeatureHash.mix(50, UInt64(code)))
                add(FeatureHash.mix(51, UInt64(code), s(i)))
            }
            if pw >= 0 { for code in gazetteerHits[pw] { add(FeatureHash.mix(52, UInt64(code))); add(FeatureHash.mix(53, UInt64(code), w(i))) } }
            if nw < n { for code in gazetteerHits[nw] { add(FeatureHash.mix(54, UInt64(code))) } }
            if pw >= 0, previousWord[pw] >= 0 { for code in gazetteerHits[previousWord[pw]] { add(FeatureHash.mix(55, UInt64(code))) } }
            if nw < n, nextWord[nw] < n { for code in gazetteerHits[nextWord[nw]] { add(FeatureHash.mix(56, UInt64(code))) } }
            if !hints.isEmpty {
                add(FeatureHash.mix(60, UInt64(hints[i])))
                add(FeatureHash.mix(61, UInt64(pw >= 0 ? hints[pw] : 0xFFFF), UInt64(hints[i])))
                add(FeatureHash.mix(62, UInt64(hints[i]), UInt64(nw < n ? hints[nw] : 0xFFFF)))
                if featureSet == .extended { add(FeatureHash.mix(73, UInt64(hints[i]), w(i))) }
            }
            starts.append(Int32(rows.count))
        }
        return (rows, starts)
    }
}
