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

    /// One line saying that the resources are missing and every folder looked in.
    public static var missingMessage: String {
        let looked = candidates.map(\.path).joined(separator: ", ")
        if let explicit = ProcessInfo.processInfo.environment["KHAOSAN_RESOURCES"], !explicit.isEmpty {
            return "khaosan's resources were not found in KHAOSAN_RESOURCES=\(explicit) (no LICENSES.md there): "
                + "set it to the Resources folder of \(bundleName).resources, or unset it to look beside the executable"
        }
        return "khaosan's resources (\(bundleName).resources) were not found next to the executable "
            + "\(executableDirectory.path)/ (looked in: \(looked)): copy that folder from the build folder "
            + "(.build/release/) or the release tarball beside the khaosan binary, or set KHAOSAN_RESOURCES "
            + "to its Resources folder"
    }

    /// Throws a `InputError` when the resources cannot be found, or when a list of the
    /// manifest (`BundledList.all`) is missing or a file under `lexicons/` is not in it
    /// (see `BundledListCheck`). Checked once per process.
    public static func requireAvailable() throws {
        guard location != nil else { throw InputError(location: "resources", reason: missingMessage) }
        try availability.get()
    }

    /// The manifest check of the bundle found, done once.
    private static let availability = Result { try BundledListCheck(root: root).validate() }

    /// The UTF-8 text of a bundled list.
    /// - Throws: `InputError` naming the list's path, and where it was looked for, when it is missing.
    public static func text(_ list: BundledList) throws -> String {
        guard location != nil else { throw InputError(location: list.path, reason: missingMessage) }
        return try BundledListCheck(root: root).text(of: list)
    }

    /// The entries of a bundled word list (one entry a line, `#` comments), in file order.
    /// - Throws: `InputError` naming the list when it is missing.
    public static func wordList(_ list: BundledList) throws -> [String] {
        ResourceText.entries(of: try text(list))
    }

    /// The entries of a bundled word list, for the lists held in static properties, which
    /// cannot throw. Every entry point checks the manifest first (`requireAvailable()`:
    /// the command line before any command, `Lexicon.bundled()` before any pipeline), so
    /// a list missing here was removed while the process ran: that stops the process
    /// with the list's error rather than going on with an empty list.
    public static func requiredWordList(_ list: BundledList) -> [String] {
        ResourceText.entries(of: requiredText(list))
    }

    /// The text of a bundled list, for static properties (see `requiredWordList`).
    public static func requiredText(_ list: BundledList) -> String {
        do {
            return try text(list)
        } catch {
            fatalError("\(error)")
        }
    }
}
