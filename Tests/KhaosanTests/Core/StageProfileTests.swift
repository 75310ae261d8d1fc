import Foundation
import Testing
@testable import KhaosanCore

/// StageProfile: CPU time per stage, parts listed under their stage and not counted twice,
/// nothing recorded while no profile is active.
@Suite(.serialized) struct StageProfileTests {
    /// Burns about `milliseconds` of CPU on the calling thread.
    @discardableResult
    private func spin(milliseconds: UInt64) -> UInt64 {
        let end = StageProfile.threadCPUNanoseconds() + milliseconds * 1_000_000
        var x: UInt64 = 1
        while StageProfile.threadCPUNanoseconds() < end { x = x &* 6364136223846793005 &+ 1 }
        return x
    }

    @Test func measureAddsTheThreadCPUTimeOfItsBodyOnlyWhileActive() {
        StageProfile.active = nil
        StageProfile.measure("test-stage-off") { spin(milliseconds: 5) }
        let profile = StageProfile()
        StageProfile.active = profile
        defer { StageProfile.active = nil }
        StageProfile.measure("test-stage-on") { spin(milliseconds: 30) }
        let seconds = Dictionary(uniqueKeysWithValues: profile.seconds.map { ($0.stage, $0.seconds) })
        #expect(seconds["test-stage-off"] == nil)
        let measured = seconds["test-stage-on"] ?? 0
        #expect(measured >= 0.029 && measured < 1.0)
    }

    @Test func partsAreListedUnderTheirStageAndLeftOutOfTheTotal() {
        let profile = StageProfile()
        profile.add("tagger", nanoseconds: 3_000_000_000)
        profile.add("tagger/decoding", nanoseconds: 1_500_000_000)
        profile.add("resolution", nanoseconds: 1_000_000_000)
        profile.add("tagger", nanoseconds: 1_000_000_000)
        let lines = profile.lines(processCPU: 5.5)
        #expect(lines.count == 6)
        #expect(lines[1].hasPrefix("  tagger ") && lines[1].hasSuffix("4.00  80.0%"))
        #expect(lines[2].hasPrefix("    decoding ") && lines[2].hasSuffix("1.50  37.5% of tagger"))
        #expect(lines[3].hasPrefix("  resolution ") && lines[3].hasSuffix("1.00  20.0%"))
        #expect(lines[4].hasPrefix("  stages total ") && lines[4].hasSuffix("5.00 100.0%"))
        #expect(lines[5].contains("5.50  (unattributed 0.50 s"))
    }
}
