import KhaosanCore

/// The distinct units of one sequence (same scalars, same kind) with the parts of
/// their features that depend on the unit alone, computed once per distinct unit
/// instead of once per occurrence: its word and shape hashes, the rows of its
/// word, affix and shape features, and the first `mix` step (`FeatureHash.start`)
/// of the templates that pair it with a neighbour.
///
/// Two units share an entry only when their scalars and kinds are equal (checked
/// scalar by scalar, not by hash), so every value is the one `TaggerFeatures`
/// would compute for the unit itself. Entries 0 and 1 stand for the sequence start
/// and end (word and shape hash `bos` / `eos`).
struct TaggerWordTable {
    struct Entry {
        var word: UInt64
        var shape: UInt64
        /// Rows of templates 2…6: the word seen from its own position and ±1, ±2.
        var wordRows: (UInt32, UInt32, UInt32, UInt32, UInt32)
        /// Rows of template 9 / 10 with flag 0 and 1 (nearest non-space neighbour, adjacent or not).
        var previousRows: (UInt32, UInt32)
        var nextRows: (UInt32, UInt32)
        /// Rows of the prefix and suffix features, interleaved (prefix 1, suffix 1, prefix 2…).
        var affixRows: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
        var affixCount: Int32
        /// Rows of the 4-scalar prefix and suffix (`TaggerFeatureSet.extended`), when the unit is longer than 4.
        var longAffixRows: (UInt32, UInt32)
        var longAffixCount: Int32
        var shapeRow: UInt32
        /// `FeatureHash.start` of templates 7, 8, 11, 12 with the word and 41…44 with the shape.
        var start7: UInt64, start8: UInt64, start11: UInt64, start12: UInt64
        var start41: UInt64, start42: UInt64, start43: UInt64, start44: UInt64
        /// The first occurrence (to compare scalars).
        var first: Int32, length: Int32
        var kind: TokenKind
    }

    static let bos: UInt64 = 0xB05, eos: UInt64 = 0xE05

    private(set) var entries: [Entry] = []
    /// Per unit, its entry index.
    private(set) var unitEntries: [Int32]

    init(units: [TaggerUnit], scalars: [Unicode.Scalar], rowMask: UInt32) {
        let n = units.count
        unitEntries = [Int32](repeating: 0, count: n)
        entries.reserveCapacity(n / 2 + 2)
        entries.append(Self.entry(word: Self.bos, shape: Self.bos, unit: nil, scalars: scalars, rowMask: rowMask))
        entries.append(Self.entry(word: Self.eos, shape: Self.eos, unit: nil, scalars: scalars, rowMask: rowMask))
        var capacity = 16
        while capacity < 2 * n { capacity *= 2 }
        let slotMask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        do {
            for (i, unit) in units.enumerated() {
                let start = unit.range.start, end = unit.range.end
                var word = FNV1a.offsetBasis
                for k in start..<end { word = FNV1a.add(word, scalars[k].value) }
                var slot = Int(truncatingIfNeeded: (word &* 0x9E37_79B9_7F4A_7C15) >> 40) & slotMask
                while true {
                    let index = slots[slot]
                    if index < 0 {
                        slots[slot] = Int32(entries.count)
                        unitEntries[i] = Int32(entries.count)
                        entries.append(Self.entry(word: word, shape: TaggerFeatures.shape(of: unit, in: scalars),
                                                  unit: unit, scalars: scalars, rowMask: rowMask))
                        break
                    }
                    let entry = entries[Int(index)]
                    if entry.word == word && entry.kind == unit.kind && Int(entry.length) == end - start
                        && Self.sameScalars(scalars, Int(entry.first), start, end - start) {
                        unitEntries[i] = index
                        break
                    }
                    slot = (slot + 1) & slotMask
                }
            }
        }
    }

    @inline(__always)
    private static func sameScalars(_ scalars: [Unicode.Scalar], _ a: Int, _ b: Int, _ count: Int) -> Bool {
        for k in 0..<count where scalars[a + k] != scalars[b + k] { return false }
        return true
    }

    private static func entry(word: UInt64, shape: UInt64, unit: TaggerUnit?, scalars: [Unicode.Scalar],
                              rowMask: UInt32) -> Entry {
        func row(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 17) & rowMask }
        var affixes: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0)
        var affixCount = 0
        var longAffixes: (UInt32, UInt32) = (0, 0)
        var longAffixCount = 0
        if let unit, unit.range.count > 4 {
            let prefix = FeatureHash.scalars(scalars, unit.range.start, unit.range.start + 4)
            let suffix = FeatureHash.scalars(scalars, unit.range.end - 4, unit.range.end)
            longAffixes = (row(FeatureHash.mix(24, prefix)), row(FeatureHash.mix(34, suffix)))
            longAffixCount = 2
        }
        if let unit {
            let length = unit.range.count
            var prefix = FNV1a.offsetBasis, suffix = FNV1a.offsetBasis
            for k in 1...3 where k < length {
                // FNV-1a runs front to back: the prefix grows by one scalar, the suffix is rehashed.
                prefix = FNV1a.add(prefix, scalars[unit.range.start + k - 1].value)
                suffix = FeatureHash.scalars(scalars, unit.range.end - k, unit.range.end)
                let p = row(FeatureHash.mix(20 + UInt64(k), prefix)), s = row(FeatureHash.mix(30 + UInt64(k), suffix))
                switch k {
                case 1: affixes.0 = p; affixes.1 = s
                case 2: affixes.2 = p; affixes.3 = s
                default: affixes.4 = p; affixes.5 = s
                }
                affixCount += 2
            }
        }
        return Entry(
            word: word, shape: shape,
            wordRows: (row(FeatureHash.mix(2, word)), row(FeatureHash.mix(3, word)), row(FeatureHash.mix(4, word)),
                       row(FeatureHash.mix(5, word)), row(FeatureHash.mix(6, word))),
            previousRows: (row(FeatureHash.mix(9, word, 0)), row(FeatureHash.mix(9, word, 1))),
            nextRows: (row(FeatureHash.mix(10, word, 0)), row(FeatureHash.mix(10, word, 1))),
            affixRows: affixes,
            affixCount: Int32(affixCount),
            longAffixRows: longAffixes, longAffixCount: Int32(longAffixCount),
            shapeRow: row(FeatureHash.mix(40, shape)),
            start7: FeatureHash.start(7, word), start8: FeatureHash.start(8, word),
            start11: FeatureHash.start(11, word), start12: FeatureHash.start(12, word),
            start41: FeatureHash.start(41, shape), start42: FeatureHash.start(42, shape),
            start43: FeatureHash.start(43, shape), start44: FeatureHash.start(44, shape),
            first: Int32(unit?.range.start ?? 0), length: Int32(unit?.range.count ?? -1),
            kind: unit?.kind ?? .space)
    }
}
