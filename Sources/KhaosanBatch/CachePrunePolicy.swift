import Foundation

/// Which packs of an extraction cache `CacheInventory.prune` deletes: a pack goes when any
/// of the rules set selects it. Deleting a pack another process has open is safe: it keeps
/// reading its open file; only later runs miss those entries.
public struct CachePrunePolicy: Sendable, Hashable {
    /// Delete packs last used longer ago than this (seconds).
    public var unusedFor: TimeInterval?
    /// Delete the packs of every extractor version but this tag (`CacheInventory.versionTag`),
    /// packs that record no version included.
    public var keepOnlyVersion: String?
    /// Packs used less than this many seconds ago are spared by `keepOnlyVersion`: another
    /// run with other options or another build may be writing them.
    public var versionRuleSpares: TimeInterval = 0
    /// After the rules above, delete the least recently used packs until the packs take at
    /// most this many bytes.
    public var maxBytes: Int?

    public init(unusedFor: TimeInterval? = nil, keepOnlyVersion: String? = nil, versionRuleSpares: TimeInterval = 0,
                maxBytes: Int? = nil) {
        self.unusedFor = unusedFor
        self.keepOnlyVersion = keepOnlyVersion
        self.versionRuleSpares = versionRuleSpares
        self.maxBytes = maxBytes
    }

    /// The bound every batch run applies after it used the cache: packs of other extractor
    /// versions (an edited lexicon, another build) not used for 10 minutes are deleted, so the
    /// cache holds about one version's results instead of growing with each edit.
    public static func afterRun(version: ExtractorVersion) -> CachePrunePolicy {
        CachePrunePolicy(keepOnlyVersion: CacheInventory.versionTag(version.key), versionRuleSpares: 600)
    }

    /// True when no rule is set (prune would delete nothing).
    public var isEmpty: Bool { unusedFor == nil && keepOnlyVersion == nil && maxBytes == nil }
}

extension CacheInventory {
    /// What a prune deleted and what it could not.
    public struct PruneResult: Sendable {
        public var removed: [Pack] = []
        /// Packs that could not be deleted, with the reason.
        public var failed: [(pack: Pack, reason: String)] = []
        public var removedEntries: Int { removed.reduce(0) { $0 + $1.entries } }
        public var removedBytes: Int { removed.reduce(0) { $0 + $1.bytes } }
    }

    /// The packs `policy` selects at time `now`, least recently used first.
    public func selected(by policy: CachePrunePolicy, now: Date = Date()) -> [Pack] {
        var chosen = packs.filter { pack in
            let idle = now.timeIntervalSince(pack.lastUsed)
            if let limit = policy.unusedFor, idle > limit { return true }
            if let keep = policy.keepOnlyVersion, pack.version != keep, idle >= policy.versionRuleSpares { return true }
            return false
        }
        if let maxBytes = policy.maxBytes {
            let chosenPaths = Set(chosen.map(\.path))
            var remaining = packs.filter { !chosenPaths.contains($0.path) }.reduce(0) { $0 + $1.bytes }
            for pack in packs where remaining > maxBytes && !chosenPaths.contains(pack.path) {
                chosen.append(pack)
                remaining -= pack.bytes
            }
        }
        return chosen.sorted { ($0.lastUsed, $0.path) < ($1.lastUsed, $1.path) }
    }

    /// Deletes the packs `policy` selects (see `selected(by:now:)`); nothing else in the
    /// folder is touched.
    public func prune(_ policy: CachePrunePolicy, now: Date = Date()) -> PruneResult {
        var result = PruneResult()
        for pack in selected(by: policy, now: now) {
            if unlink(pack.path) == 0 {
                result.removed.append(pack)
            } else if errno != ENOENT {   // ENOENT: another run pruned it first
                result.failed.append((pack, String(cString: strerror(errno))))
            }
        }
        return result
    }
}
