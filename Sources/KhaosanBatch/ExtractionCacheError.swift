/// Why a folder cannot be used as an extraction cache.
public enum ExtractionCacheError: Error, CustomStringConvertible, Sendable {
    /// The folder has files but no `khaosan-cache.json`: it is someone else's, and nothing in it is touched.
    case notACache(directory: String)

    public var description: String {
        switch self {
        case .notACache(let directory):
            return "\(directory) is not a khaosan cache (no \(ExtractionCache.manifestName), and not empty); "
                + "refusing to use it, nothing in it was changed (choose an empty or new folder)"
        }
    }
}
