import ArgumentParser
import Foundation
import Khaosan

/// `khaosan cache stats|prune`: what the extraction cache holds and its upkeep.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show or prune the per-document extraction cache.",
        discussion: """
            The cache holds one pack file per run and extractor version (the version changes with \
            the khaosan build, its options and every lexicon or model byte). Every build or extract \
            run already deletes the packs of other versions unused for 10 minutes; `prune` does more.
            """,
        subcommands: [CacheStatsCommand.self, CachePruneCommand.self]
    )
}

/// The `--cache-dir` option of the cache commands.
struct CacheFolderOption: ParsableArguments {
    @Option(help: "The cache folder (default: $XDG_CACHE_HOME/khaosan or ~/.cache/khaosan).")
    var cacheDir: String?

    var directory: URL { cacheDir.map { URL(fileURLWithPath: $0) } ?? BatchOptions.defaultCacheDirectory }

    /// The cache's packs; a folder that is not a khaosan cache is a validation error.
    func inventory() throws -> CacheInventory {
        do {
            return try CacheInventory(directory: directory)
        } catch let error as ExtractionCacheError {
            throw ValidationError("\(error)")
        }
    }
}

struct CacheStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Entries, bytes and packs of the cache, in all and by extractor version."
    )

    @OptionGroup var folder: CacheFolderOption

    func run() throws {
        let inventory = try folder.inventory()
        var out = StandardOutput()
        out.write("cache \(inventory.directory.path): \(inventory.entries) entries, \(CacheReport.size(inventory.bytes)) "
            + "in \(inventory.packs.count) pack(s)\n")
        if !inventory.packs.isEmpty {
            out.write("by extractor version, most recently used first:\n")
            for totals in inventory.byVersion {
                out.write(CacheReport.line(totals, latest: totals.version == inventory.latestVersion && totals.version != nil) + "\n")
            }
        }
        out.flush()
    }
}

struct CachePruneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Delete cached results by age, by extractor version or down to a size.",
        discussion: """
            A pack is deleted when any rule given selects it; whole packs go (one run's results of \
            one version), least recently used first for --max-size. An entry's age is its pack's: \
            the last time it was written or served a hit.
            """
    )

    @OptionGroup var folder: CacheFolderOption

    @Option(help: ArgumentHelp("Delete packs unused for longer than this (days, or with d, h, m: 30d, 12h).", valueName: "age"))
    var unusedFor: AgeArgument?

    @Flag(help: "Delete the packs of every extractor version but the one of the latest run (or --keep-version).")
    var otherVersions = false

    @Option(help: ArgumentHelp("With --other-versions: the version to keep (its 16-digit tag from `cache stats`).", valueName: "tag"))
    var keepVersion: String?

    @Option(help: ArgumentHelp("Then delete the least recently used packs until the cache takes at most this (bytes, or K/M/G, KiB/MiB/GiB).",
                               valueName: "size"))
    var maxSize: ByteSizeArgument?

    @Flag(help: "Only say what would be deleted.")
    var dryRun = false

    func validate() throws {
        if keepVersion != nil && !otherVersions { throw ValidationError("--keep-version goes with --other-versions") }
        if unusedFor == nil && !otherVersions && maxSize == nil {
            throw ValidationError("say what to prune: --unused-for, --other-versions or --max-size")
        }
    }

    func run() throws {
        let inventory = try folder.inventory()
        var policy = CachePrunePolicy(unusedFor: unusedFor?.seconds, maxBytes: maxSize?.bytes)
        if otherVersions {
            guard let keep = keepVersion ?? inventory.latestVersion else {
                throw ValidationError("no pack records its extractor version: give --keep-version, or prune by age or size")
            }
            guard inventory.packs.contains(where: { $0.version == keep }) else {
                throw ValidationError("no pack of version \(keep) in \(inventory.directory.path) (see `khaosan cache stats`)")
            }
            policy.keepOnlyVersion = keep
        }
        let now = Date()
        let chosen = inventory.selected(by: policy, now: now)
        var out = StandardOutput()
        if dryRun {
            let bytes = chosen.reduce(0) { $0 + $1.bytes }, entries = chosen.reduce(0) { $0 + $1.entries }
            out.write("would delete \(chosen.count) pack(s): \(entries) entries, \(CacheReport.size(bytes))\n")
        } else {
            let result = inventory.prune(policy, now: now)
            for failure in result.failed { printError("cache: cannot delete \(failure.pack.path): \(failure.reason)") }
            out.write("deleted \(result.removed.count) pack(s): \(result.removedEntries) entries, \(CacheReport.size(result.removedBytes))\n")
            let after = try folder.inventory()
            out.write("cache now: \(after.entries) entries, \(CacheReport.size(after.bytes)) in \(after.packs.count) pack(s)\n")
            if !result.failed.isEmpty {
                out.flush()
                throw ExitCode(1)
            }
        }
        out.flush()
    }
}

/// Lines of the cache commands.
enum CacheReport {
    static func size(_ bytes: Int) -> String {
        bytes < 1_000_000 ? String(format: "%.1f KB", Double(bytes) / 1e3) : String(format: "%.1f MB", Double(bytes) / 1e6)
    }

    static func line(_ totals: CacheInventory.VersionTotals, latest: Bool) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        func padded(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        return "  " + (totals.version ?? "unrecorded      ") + "  " + padded("\(totals.entries)", 8) + " entries  "
            + padded(size(totals.bytes), 10) + "  " + padded("\(totals.packs)", 3) + " pack(s)  last used "
            + formatter.string(from: totals.lastUsed) + (latest ? "  (latest run)" : "")
    }
}
