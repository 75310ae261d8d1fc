import Foundation

/// Files shipped in the package's `Resources/` folder.
public enum BundledResources {
    /// The `Resources` folder inside the package's resource bundle.
    /// (On Linux `Bundle.resourceURL` of a `.resources` directory already ends in
    /// `Resources`, so the bundle URL is searched first.)
    public static let root: URL = {
        let candidates = [Bundle.module.bundleURL.appendingPathComponent("Resources"),
                          Bundle.module.resourceURL?.appendingPathComponent("Resources"),
                          Bundle.module.resourceURL].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("LICENSES.md").path) }
            ?? candidates[0]
    }()

    /// The UTF-8 text of `Resources/<relativePath>`.
    public static func text(_ relativePath: String) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(origin: relativePath, reason: "bundled resource not found")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Names of the files in `Resources/<folder>` with extension `ext`, sorted.
    public static func files(in folder: String, withExtension ext: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted()
    }

    /// Non-empty, non-comment lines of a word list `Resources/<relativePath>`
    /// (one entry a line, `#` comments), in file order.
    public static func wordList(_ relativePath: String) throws -> [String] {
        ResourceText.entries(of: try text(relativePath))
    }
}
