/// Precomputed feature hashes for the small codes `TaggerFeatures` uses (gazetteer
/// hit codes and hint codes below `count`): full `FeatureHash.mix` values for the
/// templates over a code alone, and `FeatureHash.start` values for the templates
/// that pair a code with something else. Larger codes are hashed directly.
enum TaggerCodeHashes {
    static let count = 256

    /// `mix(template, code)` for templates 50, 52, 54, 55, 56, 60; index `slot * count + code`.
    static let alone: [UInt64] = {
        var table: [UInt64] = []
        for template: UInt64 in [50, 52, 54, 55, 56, 60] {
            for code in 0..<count { table.append(FeatureHash.mix(template, UInt64(code))) }
        }
        return table
    }()

    /// `start(template, code)` for templates 51, 53, 61, 62; index `slot * count + code`.
    static let started: [UInt64] = {
        var table: [UInt64] = []
        for template: UInt64 in [51, 53, 61, 62] {
            for code in 0..<count { table.append(FeatureHash.start(template, UInt64(code))) }
        }
        return table
    }()

    /// `start(61, 0xFFFF)`: template 61 at the sequence start.
    static let started61AtStart = FeatureHash.start(61, 0xFFFF)

    static let templatesAlone: [UInt64] = [50, 52, 54, 55, 56, 60]
    static let templatesStarted: [UInt64] = [51, 53, 61, 62]

    /// `mix(templatesAlone[slot], code)`.
    @inline(__always)
    static func alone(_ table: UnsafeBufferPointer<UInt64>, _ slot: Int, _ code: UInt16) -> UInt64 {
        Int(code) < count ? table[slot * count + Int(code)] : FeatureHash.mix(templatesAlone[slot], UInt64(code))
    }

    /// `start(templatesStarted[slot], code)`.
    @inline(__always)
    static func started(_ table: UnsafeBufferPointer<UInt64>, _ slot: Int, _ code: UInt16) -> UInt64 {
        Int(code) < count ? table[slot * count + Int(code)] : FeatureHash.start(templatesStarted[slot], UInt64(code))
    }
}
