import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct VectorViterbiDecoderTests {
    /// Random scores drawn from a few values, so that ties are frequent.
    private func scores(_ count: Int, _ random: inout SplitMix64, values: [Float]) -> [Float] {
        (0..<count).map { _ in values[Int(random.next() % UInt64(values.count))] }
    }

    @Test(arguments: [TagScheme.standard, TagScheme(kind: .bio, labels: [.person, .place]),
                      TagScheme(kind: .bilou, labels: [.date]),
                      TagScheme(kind: .bilou, labels: [.person, .organization, .place, .date, .event])])
    func givesTheScalarDecodersTags(scheme: TagScheme) {
        var random = SplitMix64(seed: 11)
        let t = scheme.count
        let allowed = TagScheme.allowedTable(scheme)
        var differences = 0
        for round in 0..<300 {
            // Coarse values make ties; fine ones make ordinary sequences.
            let values: [Float] = round % 2 == 0 ? [-1, 0, 1, 2] : (0..<50).map { Float($0) * 0.37 - 9 }
            let transitions = scores((t + 1) * t, &random, values: values)
            let n = 1 + Int(random.next() % 40)
            let emissions = scores(n * t, &random, values: values)
            let expected = ViterbiDecoder.decode(emissions: emissions, transitions: transitions, count: n,
                                                 scheme: scheme, allowed: allowed)
            let decoder = VectorViterbiDecoder(scheme: scheme, transitions: transitions, allowed: allowed)
            let tags = emissions.withUnsafeBufferPointer { decoder.decode(emissions: $0, count: n) }
            if tags != expected { differences += 1 }
            #expect(tags.count == n)
        }
        #expect(differences == 0)
    }

    @Test func emptyInputGivesNoTags() {
        let scheme = TagScheme.standard
        let decoder = VectorViterbiDecoder(scheme: scheme, transitions: [Float](repeating: 0, count: 18 * 17),
                                           allowed: TagScheme.allowedTable(scheme))
        #expect([Float]().withUnsafeBufferPointer { decoder.decode(emissions: $0, count: 0) }.isEmpty)
    }
}
