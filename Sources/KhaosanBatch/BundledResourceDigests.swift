import Crypto
import Foundation
import KhaosanCore

/// SHA-256 digests that say which model and which lexicons a khaosan binary runs with
/// (`khaosan --version`), reproducible with coreutils from the `Resources` folder:
///
///     sha256sum models/thainer-tagger.khm                                   # model
///     find lexicons -type f | LC_ALL=C sort | xargs sha256sum | sha256sum   # lexicon set
public enum BundledResourceDigests {
    /// Hex SHA-256 of the bundled tagger model file, or nil when it cannot be read.
    public static func model(root: URL = BundledResources.root) -> String? {
        FileManager.default.contents(atPath: root.appendingPathComponent(BundledList.taggerModel.path).path)
            .map { SHA256.hex(bytes: $0) }
    }

    /// Hex SHA-256 of the `sha256sum` listing (`<hex>  lexicons/<path>` lines, sorted by
    /// path in byte order) of every regular file under `lexicons/`, or nil when there is
    /// no such folder or a file cannot be read.
    public static func lexiconSet(root: URL = BundledResources.root) -> String? {
        let folder = root.appendingPathComponent("lexicons")
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return nil }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory),
               !isDirectory.boolValue {
                paths.append("lexicons/" + relative)
            }
        }
        guard !paths.isEmpty else { return nil }
        var listing = SHA256()
        for path in paths.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard let bytes = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { return nil }
            listing.update("\(SHA256.hex(bytes: bytes))  \(path)\n")
        }
        return listing.hexDigest()
    }
}
