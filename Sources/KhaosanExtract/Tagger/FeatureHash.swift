import KhaosanCore

/// Deterministic 64-bit hashing for tagger features: `FNV1a` over Unicode scalar
/// values, and a mixing step to combine hashes. Unlike Swift's `Hasher`, the
/// values are the same in every process, so a saved model stays valid.
public enum FeatureHash {

    /// FNV-1a of the scalars `scalars[range]` (each scalar value fed as 4 little-endian bytes).
    @inline(__always)
    public static func scalars(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> UInt64 {
        var h = FNV1a.offsetBasis
        var i = start
        while i < end {
            h = FNV1a.add(h, scalars[i].value)
            i += 1
        }
        return h
    }

    /// FNV-1a of a string's scalars.
    public static func string(_ text: String) -> UInt64 {
        var h = FNV1a.offsetBasis
        for s in text.unicodeScalars { h = FNV1a.add(h, s.value) }
        return h
    }

    /// Combines a feature template id with component hashes (order matters).
    @inline(__always)
    public static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = template &* 0x9E37_79B9_7F4A_7C15
        h = finalize(h ^ a)
        h = finalize(h ^ (b &+ 0x632B_E59B_D9B4_E019))
        h = finalize(h ^ (c &+ 0x8CB9_2BA7_2F3D_8DD7))
        return h
    }

    /// The first step of `mix`: `mix(t, a, b, c) == finish(start(t, a), b, c)`, so a
    /// template's hash of a frequent `a` can be computed once and finished per use.
    @inline(__always)
    public static func start(_ template: UInt64, _ a: UInt64) -> UInt64 {
        finalize(template &* 0x9E37_79B9_7F4A_7C15 ^ a)
    }

    /// The last two steps of `mix` (see `start`).
    @inline(__always)
    public static func finish(_ started: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        finalize(finalize(started ^ (b &+ 0x632B_E59B_D9B4_E019)) ^ (c &+ 0x8CB9_2BA7_2F3D_8DD7))
    }

    /// SplitMix64's finaliser: a bijective avalanche of 64 bits.
    @inline(__always)
    public static func finalize(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
