import ArgumentParser

/// `text-bench`: throughput of khaosan's text and extraction stages on one core, in MB/s of
/// UTF-8 text per CPU second of the benchmarking thread (steadier than wall time on a shared
/// machine). Release builds only; the scripts in `scripts/bench-*.sh` build and run it.
@main
struct TextBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text-bench",
        abstract: "Throughput benchmarks of khaosan's text and extraction stages (one core, MB/s).",
        subcommands: [SegmentBenchmark.self, NormaliseBenchmark.self, DatesBenchmark.self, TaggerBenchmark.self, RomanizeBenchmark.self]
    )
}
