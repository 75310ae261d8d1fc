import Crypto
import Foundation
import KhaosanCore
import KhaosanIO
import KhaosanExtract

/// Extracts mentions from a stream of documents on several threads, with
/// bounded look-ahead, and hands the results back in input order.
///
/// One thread reads the inputs, `jobs` worker threads each own an
/// `ExtractionPipeline` (it holds an ICU iterator) and the calling thread
/// receives the outcomes. At most `lookAhead` documents are between reading
/// and delivery at any time, so memory is bounded by what the caller keeps,
/// not by the size of the input. Results are looked up in and stored to the
/// cache, if one is given.
public final class BatchExtractor: @unchecked Sendable {
    /// Worker threads.
    public let jobs: Int
    /// Documents read but not yet delivered, at most.
    public let lookAhead: Int
    public let cache: ExtractionCache?
    /// The extractor version (part of every cache key), computed at the first document the
    /// cache is used for: a run of documents too small to cache never hashes the resources.
    public var version: ExtractorVersion {
        versionLock.lock()
        defer { versionLock.unlock() }
        if let computed = computedVersion { return computed }
        let computed = versionProvider()
        computedVersion = computed
        return computed
    }
    /// The version if a document needed it (nil: none was cached or looked up).
    public var versionIfComputed: ExtractorVersion? {
        versionLock.lock()
        defer { versionLock.unlock() }
        return computedVersion
    }
    private let versionProvider: @Sendable () -> ExtractorVersion
    private var computedVersion: ExtractorVersion?
    private let versionLock = NSLock()
    private let makePipeline: @Sendable () throws -> ExtractionPipeline

    /// - Parameters:
    ///   - jobs: worker threads (at least 1).
    ///   - lookAhead: documents in flight at most; default `16 × jobs`.
    ///   - cache: where results are looked up and stored; nil for none.
    ///   - version: the extractor version (part of every cache key).
    ///   - makePipeline: makes one pipeline per worker thread.
    public convenience init(jobs: Int, lookAhead: Int? = nil, cache: ExtractionCache?, version: ExtractorVersion,
                            makePipeline: @escaping @Sendable () throws -> ExtractionPipeline) {
        self.init(jobs: jobs, lookAhead: lookAhead, cache: cache, versionProvider: { version }, makePipeline: makePipeline)
    }

    /// As above, with the version computed by `versionProvider` when first needed (once).
    public init(jobs: Int, lookAhead: Int? = nil, cache: ExtractionCache?,
                versionProvider: @escaping @Sendable () -> ExtractorVersion,
                makePipeline: @escaping @Sendable () throws -> ExtractionPipeline) {
        self.jobs = max(1, jobs)
        self.lookAhead = max(self.jobs, lookAhead ?? 16 * max(1, jobs))
        self.cache = cache
        self.versionProvider = versionProvider
        self.makePipeline = makePipeline
    }

    /// Runs over the documents of `reader`; see `run(source:deliver:)`.
    public func run(_ reader: DocumentReader, deliver: (BatchOutcome) throws -> Void) throws {
        try run(source: { body in try reader.forEach(body) }, deliver: deliver)
    }

    /// Reads the items `source` yields (on a reader thread), extracts them on
    /// the worker threads and calls `deliver` on the calling thread with each
    /// outcome, in the order `source` yielded the items. An error thrown by
    /// `source`, by making a pipeline or by `deliver` stops the run and is rethrown.
    public func run(source: @escaping @Sendable (_ body: (IngestItem) throws -> Void) throws -> Void,
                    deliver: (BatchOutcome) throws -> Void) throws {
        let permits = PermitPool(permits: lookAhead)
        let work = BoundedQueue<(Int, IngestItem)>(capacity: lookAhead)
        let results = OrderedResults<BatchOutcome>()
        let threads = DispatchGroup()

        threads.enter()
        Self.start(name: "khaosan-reader") {
            defer { threads.leave() }
            var count = 0
            do {
                try source { item in
                    guard permits.acquire() else { throw BatchCancelled() }
                    work.push((count, item))
                    count += 1
                }
            } catch is BatchCancelled {
            } catch {
                results.fail(error)
            }
            StageProfile.active?.add("ingest (read, decode, JSON)", nanoseconds: StageProfile.threadCPUNanoseconds())
            work.close()
            results.finish(count: count)
        }
        for index in 0..<jobs {
            threads.enter()
            Self.start(name: "khaosan-worker-\(index)") { [self] in
                defer { threads.leave() }
                let pipeline: ExtractionPipeline
                do { pipeline = try makePipeline() } catch {
                    results.fail(error)
                    permits.cancel()
                    return
                }
                while let (sequence, item) = work.pop() {
                    results.put(sequence, process(item, with: pipeline))
                }
            }
        }

        defer {
            permits.cancel()
            work.close()
            threads.wait()
        }
        while let outcome = try results.take() {
            try deliver(outcome)
            permits.release()
        }
    }

    /// The outcome of one item, using `pipeline` (on the current thread).
    public func process(_ item: IngestItem, with pipeline: ExtractionPipeline) -> BatchOutcome {
        switch item {
        case .rejected(let error):
            return .rejected(error)
        case .document(let raw):
            let bytes = raw.source.utf8.count
            let contentHash = StageProfile.measure("content hash") { SHA256.hex(raw.source) }
            // The cache key is only computed when there is a cache, and the document is
            // worth it: extracting a tiny one is cheaper than a lookup.
            let key = cache.flatMap { $0.minimumBytes <= bytes ? $0 : nil }.map { _ in
                ExtractionCacheKey.key(version: version, contentHash: contentHash, metadata: raw.metadata)
            }
            if let cache, let key, let cached = StageProfile.measure("cache", { cache.lookup(key) }) {
                return .extracted(cached.extraction(id: raw.id, metadata: raw.metadata), cached: true, bytes: bytes)
            }
            let extraction: DocumentExtraction
            do {
                extraction = try pipeline.extraction(of: raw, contentHash: contentHash)
            } catch let error as DocumentBudgetExceeded {
                return .rejected(InputError(location: raw.metadata.source ?? raw.id, reason: "document \(raw.id): \(error)"))
            } catch {
                return .rejected(InputError(location: raw.metadata.source ?? raw.id,
                                             reason: "document \(raw.id): analysis failed: \(error)"))
            }
            if let cache, let key {
                StageProfile.measure("cache") { cache.store(CachedExtraction(key: key, extraction: extraction), version: version) }
            }
            return .extracted(extraction, cached: false, bytes: bytes)
        }
    }

    private static func start(name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = name
        thread.stackSize = 8 << 20
        thread.start()
    }
}
