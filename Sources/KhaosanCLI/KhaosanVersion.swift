import Foundation
import Khaosan

/// What `khaosan --version` prints: the version, the commit the binary was built from and
/// short SHA-256 digests of the model and the lexicon set it finds (`BundledResourceDigests`).
enum KhaosanVersion {
    /// The bare version (ArgumentParser's `version`).
    static let string = Khaosan.version

    /// Hex digits of a digest shown (the full digests are 64).
    static let shortDigest = 16

    /// The lines of `khaosan --version`; works without the resources (says they are missing).
    static var text: String {
        var lines = ["khaosan \(string)", "commit: \(BuildCommit.description)"]
        if let root = BundledResources.location {
            let short = { (digest: String?) in digest.map { "sha256:" + $0.prefix(shortDigest) } ?? "unreadable" }
            lines.append("model: \(BundledList.taggerModel.file) \(short(BundledResourceDigests.model(root: root)))")
            lines.append("lexicons: \(short(BundledResourceDigests.lexiconSet(root: root)))")
            lines.append("resources: \(root.path)")
        } else {
            lines.append("resources: not found (\(BundledResources.missingMessage))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
