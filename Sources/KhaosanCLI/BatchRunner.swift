import Foundation
import Khaosan

/// Runs the batch engine for a command: opens the cache, shows progress on
/// stderr, collects the rejected documents and prints the summary.
struct BatchRunner {
    let options: BatchOptions
    let paths: [String]
    /// Lexicons and model as the user chose them.
    let extraction: ExtractionOptions
    /// Where rejections are streamed (and counted).
    var errors: ErrorsReport
    /// Canonical paths of the run's output files, never read as input (`RunPaths.excludedFromInput`).
    var excluded: Set<String> = []

    /// What a run did.
    struct Result {
        var statistics: BatchStatistics
        var cache: ExtractionCacheCounters?
        /// What the cache bound (`CachePrunePolicy.afterRun`) deleted, if it ran.
        var pruned: CacheInventory.PruneResult?
    }

    /// Runs over `paths`, calling `deliver` with each outcome in input order.
    func run(deliver: (BatchOutcome) throws -> Void) throws -> Result {
        let components = PipelineComponent.standard(extractors: try extraction.extractors())
        let outputExtractors = extraction.model.outputExtractors
        // The version only enters cache keys: without a cache, hashing the bundled
        // resources (the 2.5 MB model among them) is skipped. Their digests are remembered in
        // the cache folder and the executable is known by its build id (a warm cache must not
        // cost more than no cache on small inputs).
        let digests = FileDigestMemo(memoFile: options.cacheDirectory?.appendingPathComponent("file-digests.tsv"))
        let userFiles = extraction.lexiconFiles + [extraction.model.modelPath].compactMap { $0 }
        let salt = (outputExtractors.map { "output " + $0.sorted().joined(separator: ",") } ?? "")
            + " dates \(extraction.dateConvention.rawValue) max-document-size \(options.maxDocumentSize)"
        // Computed at the first document worth caching (BatchExtractor), never for a run of tiny ones.
        let cached = options.cacheDirectory != nil
        let version: @Sendable () -> ExtractorVersion = {
            guard cached else { return ExtractorVersion(components: components, salt: "uncached") }
            return ExtractorVersion.standard(components: components, userLexicons: userFiles,
                                             salt: salt + " binary " + Self.executableHash(digests), digests: digests)
        }
        var cache: ExtractionCache?
        if let directory = options.cacheDirectory {
            do {
                let opened = try ExtractionCache(directory: directory)
                opened.minimumBytes = ExtractionCache.defaultMinimumBytes
                if let reason = opened.rebuildReason {
                    printError("cache: \(directory.path): \(reason)")
                }
                cache = opened
            } catch let error as ExtractionCacheError {
                printError("cache: \(error); running without cache")
            } catch {
                printError("cache: cannot use \(directory.path) (\(FileWriteError.reason(of: error))); running without cache")
            }
        }
        let budget = options.budget
        let engine = BatchExtractor(jobs: options.jobs, cache: cache, versionProvider: version,
                                    makePipeline: {
            let pipeline = try ExtractionPipeline(components: components)
            pipeline.outputExtractors = outputExtractors
            pipeline.budget = budget
            return pipeline
        })
        let progress = ProgressReporter(totalBytes: InputSize.estimate(paths: paths),
                                        interactive: isatty(STDERR_FILENO) == 1) { text in
            writeStandardError(text)
        }
        let started = Date()
        var statistics = BatchStatistics()
        try engine.run(DocumentReader(paths: paths, excluding: excluded)) { outcome in
            statistics.record(outcome)
            statistics.elapsed = Date().timeIntervalSince(started)
            if case .rejected(let error) = outcome { try errors.append(error) }
            if case .extracted(let extraction, false, let bytes) = outcome, bytes > budget.maxBytes {
                printError("document \(extraction.id): \(bytes) bytes, over --max-document-size \(budget.maxBytes): extracted in parts cut at paragraph or sentence boundaries")
            }
            if !options.quiet { progress.update(statistics) }
            try deliver(outcome)
        }
        cache?.synchronize()   // durability once per run, not per entry
        if cache != nil { digests.save() }
        // The bound: results of other extractor versions (an edited lexicon, another build) go.
        let pruned = cache.flatMap { cache in engine.versionIfComputed.map { (cache, $0) } }.flatMap { cache, version in
            (try? CacheInventory(directory: cache.directory))?.prune(.afterRun(version: version))
        }
        statistics.elapsed = Date().timeIntervalSince(started)
        progress.finish()
        return Result(statistics: statistics, cache: cache?.counters, pruned: pruned)
    }

    /// This executable's identity: its GNU build id (a hash of the linked code, read from
    /// memory), else the SHA-256 of its file. Any code change gives new cache keys, so a
    /// rebuilt khaosan never reuses results extracted by another build.
    static func executableHash(_ digests: FileDigestMemo) -> String {
        if let buildID = ExecutableBuildID.hex { return "build-id " + buildID }
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return digests.hex(of: path) ?? "unknown"
    }

    /// The summary lines for stderr.
    static func summary(_ result: Result, jobs: Int) -> [String] {
        let s = result.statistics
        let seconds = max(s.elapsed, 1e-9)
        var lines = [
            "documents: \(s.documents) (\(s.read) read, \(s.rejected) rejected) in "
                + String(format: "%.2f s: %.0f docs/s, %.1f MB/s, %d job(s)",
                         s.elapsed, Double(s.documents) / seconds, Double(s.bytes) / 1e6 / seconds, jobs),
        ]
        let labels = MentionLabel.allCases.compactMap { label in
            s.mentionsByLabel[label].map { "\(label.rawValue) \($0)" }
        }
        lines.append("mentions: \(s.mentions)" + (labels.isEmpty ? "" : " (" + labels.joined(separator: ", ") + ")"))
        if let cache = result.cache {
            lines.append("cache: \(cache.hits) hit(s), \(s.extracted) extracted"
                + (cache.corrupt > 0 ? ", \(cache.corrupt) corrupt entr(ies) replaced" : "")
                + (cache.writeFailures > 0 ? ", \(cache.writeFailures) write failure(s)" : "")
                + (result.pruned.map { $0.removed.isEmpty ? "" : ", \($0.removedEntries) entr(ies) of other extractor versions "
                    + "pruned (" + String(format: "%.1f MB", Double($0.removedBytes) / 1e6) + ")" } ?? ""))
        } else {
            lines.append("cache: off, \(s.extracted) extracted")
        }
        return lines
    }
}
