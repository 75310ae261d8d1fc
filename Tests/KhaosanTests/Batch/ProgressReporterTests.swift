import Testing
@testable import Khaosan
@testable import KhaosanBatch

@Suite struct ProgressReporterTests {
    private var halfway: BatchStatistics {
        var s = BatchStatistics()
        s.read = 990
        s.rejected = 10
        s.bytes = 50_000_000
        s.elapsed = 10
        return s
    }

    @Test func theBarShowsPercentRateAndEtaWhenTheTotalIsKnown() {
        let bar = ProgressReporter.bar(halfway, totalBytes: 100_000_000, width: 10)
        #expect(bar == "[█████░░░░░]   50%  1000 docs  10 rejected  5.0 MB/s  ETA 0:10")
    }

    @Test func withoutATotalThereIsNoPercentOrEta() {
        #expect(ProgressReporter.line(halfway, totalBytes: nil)
            == "progress: 1000 documents (10 rejected), 50.0 MB, 5.0 MB/s")
        #expect(ProgressReporter.line(halfway, totalBytes: 200_000_000)
            == "progress: 1000 documents (10 rejected), 50.0 MB, 5.0 MB/s, 25%, ETA 0:30")
    }

    @Test func plainLinesAreThrottled() {
        var written: [String] = []
        let reporter = ProgressReporter(totalBytes: nil, interactive: false, interval: 5) { written.append($0) }
        var s = halfway
        for second in [5.0, 6, 7, 9.9, 10, 12] {
            s.elapsed = second
            reporter.update(s)
        }
        #expect(written.count == 2)
        #expect(written.allSatisfy { $0.hasSuffix("\n") })
    }

    @Test func clockFormatsMinutesAndHours() {
        #expect(ProgressReporter.clock(7) == "0:07")
        #expect(ProgressReporter.clock(3725) == "1:02:05")
    }
}
