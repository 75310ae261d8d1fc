import ArgumentParser
import Foundation
import Khaosan

/// Options of the commands that extract documents in batch (`build`, `extract`).
struct BatchOptions: ParsableArguments {
    /// Optional so that the help says "all cores" once, not also this machine's count.
    @Option(name: [.customShort("j"), .customLong("jobs")], help: "Worker threads (default: all cores).")
    var jobsOption: Int?

    /// Worker threads: `--jobs`, else every active core.
    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: "Where per-document results are cached (default: $XDG_CACHE_HOME/khaosan or ~/.cache/khaosan).")
    var cacheDir: String?

    @Flag(help: "Neither read nor write the cache.")
    var noCache = false

    @Flag(help: "No progress on stderr (the summary is still printed).")
    var quiet = false

    @Flag(help: "Exit with status 1 when any document is rejected (the outputs are still written).")
    var strict = false

    /// The most worker threads `--jobs` accepts.
    static let maximumJobs = 1024

    func validate() throws {
        guard (1...Self.maximumJobs).contains(jobs) else {
            throw ValidationError("--jobs must be between 1 and \(Self.maximumJobs), not \(jobs)")
        }
    }

    /// Throws `ExitCode(1)` when the run rejected documents under `--strict`, or read none
    /// and rejected some; call after the outputs are written.
    func checkOutcome(_ statistics: BatchStatistics) throws {
        if strict && statistics.rejected > 0 {
            printError("error: \(statistics.rejected) document(s) rejected (--strict)")
            throw ExitCode(1)
        }
        if statistics.read == 0 && statistics.rejected > 0 { throw ExitCode(1) }
    }

    /// The cache directory to use, or nil with `--no-cache`.
    var cacheDirectory: URL? {
        if noCache { return nil }
        if let cacheDir { return URL(fileURLWithPath: cacheDir) }
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("khaosan")
        }
        let home = environment["HOME"] ?? NSTemporaryDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/khaosan")
    }
}
