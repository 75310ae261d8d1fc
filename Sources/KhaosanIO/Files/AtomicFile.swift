import Foundation

/// Writes files atomically: a temporary file in the same directory, then a rename,
/// so readers never see a half-written graph. Failures are `FileWriteError`s naming
/// the file and the reason.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { try $0.write(contentsOf: data) }
    }

    /// Creates a temporary file beside `path`, lets `body` write to it, then renames it
    /// to `path`, creating the directory. On error the temporary file is removed and
    /// `path` is untouched. A `path` that exists and is not a regular file or directory
    /// (a named pipe, a device), or any existing path under /dev or /proc (`/dev/stdout`
    /// is a link to the process's stdout, which may be a regular file), is written
    /// directly: renaming over it would replace the device, pipe or link with a file.
    public static func write(to path: String, _ body: (FileHandle) throws -> Void) throws {
        try write(to: path, replacing: true, body)
    }

    private static func write(to path: String, replacing: Bool, _ body: (FileHandle) throws -> Void) throws {
        do {
            if writesInPlace(path) {
                try writeDirectly(to: path, body)
            } else {
                try writeViaTemporary(to: path, replacing: replacing, body)
            }
        } catch {
            throw FileWriteError(path: path, error: error)
        }
    }

    /// Checks, before a long run, that `path` can be written later: creates its directory
    /// and a temporary file beside it (then removes it). Throws the `FileWriteError` the
    /// write would throw. Devices and pipes are not checked (opening a pipe could block).
    public static func checkWritable(_ path: String) throws {
        guard !writesInPlace(path) else { return }
        try write(to: path, replacing: false) { _ in }
    }

    /// Whether `write` writes `path` directly (an existing device, pipe, or path under /dev
    /// or /proc) rather than through a temporary file and a rename.
    public static func writesInPlace(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if absolute.hasPrefix("/dev/") || absolute.hasPrefix("/proc/") { return true }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    private static func writeDirectly(to path: String, _ body: (FileHandle) throws -> Void) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw FileWriteError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        try body(handle)
    }

    /// With `replacing` false the temporary file is removed instead of renamed (a dry run).
    private static func writeViaTemporary(to path: String, replacing: Bool,
                                          _ body: (FileHandle) throws -> Void) throws {
        let staged = try StagedFile(path: path)
        guard replacing else { return staged.discard() }
        do {
            try body(staged.handle)
        } catch {
            staged.discard()
            throw error
        }
        try staged.commit()
    }
}
