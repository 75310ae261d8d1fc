import Foundation

/// Files shipped in the package's `Resources/` folder.
///
/// Found next to the executable, wherever it was copied: the resource bundle SwiftPM
/// builds beside it (`khaosan_Khaosan.resources/Resources` on Linux,
/// `khaosan_Khaosan.bundle/…` on macOS), or the folder named by `$KHAOSAN_RESOURCES`.
/// `Bundle.module` is never used: it traps (SIGILL) when the bundle is gone.
public enum BundledResources {
    /// The resource bundle's name beside the executable.
    public static let bundleName = "khaosan_Khaosan"

    /// The `Resources` folder (it holds `LICENSES.md`), or nil when none was found.
    public static let location: URL? = candidates.first {
        FileManager.default.fileExists(atPath: $0.appendingPathComponent("LICENSES.md").path)
    }

    /// The `Resources` folder; a path that does not exist when none was found (reads then
    /// fail with `missingMessage`; `requireAvailable()` says so up front).
    public static var root: URL {
        location ?? URL(fileURLWithPath: "/nonexistent/\(bundleName).resources/Resources")
    }

    /// The folders searched, in order.
    static var candidates: [URL] {
        if let explicit = ProcessInfo.processInfo.environment["KHAOSAN_RESOURCES"], !explicit.isEmpty {
            return [URL(fileURLWithPath: explicit)]
        }
        var directories = [executableDirectory]
        // An XCTest bundle on macOS is a directory; its parent holds the resource bundle.
        let main = Bundle.main.bundleURL
        directories += [main, main.deletingLastPathComponent()]
        return directories.flatMap { directory in [
            directory.appendingPathComponent("\(bundleName).resources/Resources"),
            directory.appendingPathComponent("\(bundleName).resources"),
            directory.appendingPathComponent("\(bundleName).bundle/Contents/Resources/Resources"),
            directory.appendingPathComponent("\(bundleName).bundle/Resources"),
        ] }
    }

    /// The folder of the running executable (symbolic links resolved).
    static var executableDirectory: URL {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// One line saying that the resources are missing and where they were looked for.
    public static var missingMessage: String {
        "khaosan's resources (\(bundleName).resources) were not found next to the executable in "
            + "\(executableDirectory.path): copy that folder from the build folder (.build/release/) "
            + "beside the khaosan binary, or set KHAOSAN_RESOURCES to its Resources folder"
    }

    /// Throws a `LexiconError` with `missingMessage` when the resources cannot be found.
    public static func requireAvailable() throws {
        guard location != nil else { throw LexiconError(origin: "resources", reason: missingMessage) }
    }

    /// The UTF-8 text of `Resources/<relativePath>`.
    public static func text(_ relativePath: String) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(origin: relativePath, reason: location == nil ? missingMessage : "bundled resource not found")
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
