import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct TaggerWeightTableTests {
    @Test(arguments: [5, 16, 17, 21])
    func sumsWhatAPlainLoopSums(tagCount t: Int) throws {
        let (document, units) = try TaggerTestSupport.units(TaggerTestSupport.sentence, prefixes: ["นาง", "ด.ช."])
        let rowCount = 1 << 10
        var random = SplitMix64(seed: UInt64(t))
        // Values of very different magnitudes, so that a different summation order would round differently.
        let weights = (0..<(rowCount * t)).map { _ in
            Float(Int64(bitPattern: random.next() % 2001) - 1000) * [1e-3, 0.37, 91.3][Int(random.next() % 3)]
        }
        let features = TaggerFeatures(units: units, scalars: document.textScalars,
                                      gazetteerHits: [[UInt16]](repeating: [], count: units.count),
                                      rowMask: UInt32(rowCount - 1))
        var expected = [Float](repeating: 0, count: features.unitCount * t)
        for i in 0..<features.unitCount {
            for row in features.rows(of: i) {
                for tag in 0..<t { expected[i * t + tag] += weights[Int(row) * t + tag] }
            }
        }
        let table = TaggerWeightTable(weights: weights, tagCount: t, rowCount: rowCount)
        let emissions = table.emissions(of: features)
        #expect(emissions.map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(emissions.count == units.count * t)
    }

    /// A model file's 16-bit weights go straight into the table: the same weights (bit for bit)
    /// and the same sums as the table of the dequantised array `Float(q) * scale`, for head and tail.
    @Test(arguments: [5, 17])
    func quantisedWeightsLoadAsTheirDequantisedValues(tagCount t: Int) throws {
        let (document, units) = try TaggerTestSupport.units(TaggerTestSupport.sentence, prefixes: ["นาง", "ด.ช."])
        let rowCount = 1 << 10
        var random = SplitMix64(seed: UInt64(t) + 100)
        let quantized = (0..<(rowCount * t)).map { _ in Int16(truncatingIfNeeded: Int64(random.next() % 65_535) - 32_767) }
        let scale: Float = 0.000_731
        var bytes: [UInt8] = []
        for q in quantized { bytes += [UInt8(truncatingIfNeeded: UInt16(bitPattern: q)), UInt8(UInt16(bitPattern: q) >> 8)] }
        let loaded = bytes.withUnsafeBytes { TaggerWeightTable(quantized: $0, scale: scale, tagCount: t, rowCount: rowCount) }
        let dequantized = quantized.map { Float($0) * scale }
        #expect(loaded.weights.map(\.bitPattern) == dequantized.map(\.bitPattern))
        let features = TaggerFeatures(units: units, scalars: document.textScalars,
                                      gazetteerHits: [[UInt16]](repeating: [], count: units.count),
                                      rowMask: UInt32(rowCount - 1))
        let expected = TaggerWeightTable(weights: dequantized, tagCount: t, rowCount: rowCount).emissions(of: features)
        #expect(loaded.emissions(of: features).map(\.bitPattern) == expected.map(\.bitPattern))
    }
}
