import Testing
@testable import Khaosan
@testable import KhaosanExtract

@Suite struct TaggerCodeHashesTests {
    @Test func tablesHoldTheHashesTheyStandFor() {
        TaggerCodeHashes.alone.withUnsafeBufferPointer { alone in
            TaggerCodeHashes.started.withUnsafeBufferPointer { started in
                for code: UInt16 in [0, 1, 7, 255, 256, 300, 0xFFFF] {
                    for (slot, template) in TaggerCodeHashes.templatesAlone.enumerated() {
                        #expect(TaggerCodeHashes.alone(alone, slot, code) == FeatureHash.mix(template, UInt64(code)))
                    }
                    for (slot, template) in TaggerCodeHashes.templatesStarted.enumerated() {
                        let value = TaggerCodeHashes.started(started, slot, code)
                        #expect(value == FeatureHash.start(template, UInt64(code)))
                        #expect(FeatureHash.finish(value, 5, 9) == FeatureHash.mix(template, UInt64(code), 5, 9))
                    }
                }
            }
        }
        #expect(TaggerCodeHashes.started61AtStart == FeatureHash.start(61, 0xFFFF))
    }
}
