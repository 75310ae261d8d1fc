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

    @Option(help: ArgumentHelp("A document longer than this (UTF-8 bytes of text) is extracted in parts cut at paragraph or sentence boundaries, offsets still into the whole text (default: 4194304, 4 MiB).",
                               valueName: "bytes"))
    var maxDocumentSize: Int = DocumentBudget.defaultMaxBytes

    @Option(help: ArgumentHelp("A document whose extraction takes longer than this is rejected and reported; the run goes on (default: 120).",
                               valueName: "seconds"))
    var maxDocumentSeconds: Double = DocumentBudget.defaultMaxSeconds

    @Flag(help: "Exit with status 1 when any document is rejected (the outputs are still written).")
    var strict = false

    @Flag(help: "Print the CPU time of each pipeline stage (summed over threads) and its share on stderr at the end.")
    var profile = false

    /// The most worker threads `--jobs` accepts.
    static let maximumJobs = 1024

    func validate() throws {
        guard (1...Self.maximumJobs).contains(jobs) else {
            throw ValidationError("--jobs must be between 1 and \(Self.maximumJobs), not \(jobs)")
        }
        guard maxDocumentSize >= 1024 else { throw ValidationError("--max-document-size must be at least 1024 (bytes)") }
        guard maxDocumentSeconds > 0, !maxDocumentSeconds.isNaN else {
            throw ValidationError("--max-document-seconds must be more than 0")
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

    /// Starts recording stage times when `--profile` is given (before any thread starts).
    func startProfile() {
        if profile { StageProfile.active = StageProfile() }
    }

    /// Prints the stage times on stderr, with `--profile`.
    func printProfile() {
        guard let profile = StageProfile.active else { return }
        for line in profile.lines(processCPU: StageProfile.processCPUSeconds()) { printError(line) }
    }

    /// The per-document limits these options set.
    var budget: DocumentBudget { DocumentBudget(maxBytes: maxDocumentSize, maxSeconds: maxDocumentSeconds) }

    /// The cache directory to use, or nil with `--no-cache`.
    var cacheDirectory: URL? {
        if noCache { return nil }
        if let cacheDir { return URL(fileURLWithPath: cacheDir) }
        return Self.defaultCacheDirectory
    }

    /// The cache folder when `--cache-dir` is not given: `$XDG_CACHE_HOME/khaosan`, else `~/.cache/khaosan`.
    static var defaultCacheDirectory: URL {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("khaosan")
        }
        let home = environment["HOME"] ?? NSTemporaryDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/khaosan")
    }
}
