import Foundation

/// One spelling per file, to tell whether two paths name the same file (an output
/// given as an input, `-o` equal to `--errors`): symbolic links, `.` and `..` resolved.
public enum CanonicalPath {
    /// The absolute path of `path` with every symbolic link resolved; for a file that does
    /// not exist yet, its directory resolved and its name appended.
    public static func of(_ path: String) -> String {
        if let resolved = realPath(path) { return resolved }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let directory = url.deletingLastPathComponent().path
        let parent = realPath(directory) ?? directory
        return (parent as NSString).appendingPathComponent(url.lastPathComponent)
    }

    /// `realpath(3)` of `path`, file names that are not UTF-8 included (`RawPath`).
    static func realPath(_ path: String) -> String? {
        guard let resolved = RawPath.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return RawPath.string(cString: resolved)
    }
}
