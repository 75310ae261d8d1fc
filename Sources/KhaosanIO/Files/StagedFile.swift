import Foundation

/// A file written under a temporary name beside its destination (`.<name>.<pid>.tmp`)
/// and renamed into place by `commit()`, so the destination is either the old file or
/// the complete new one. Several staged files committed one after the other (a graph and
/// its errors report) are replaced together: nothing is renamed until all are written.
/// Not committed (an error, `discard()`), the temporary file is removed; a temporary file
/// left by a process that no longer runs (killed) is removed by the next staging of the
/// same destination.
public final class StagedFile {
    /// The destination.
    public let path: String
    /// Where the bytes go until `commit()`.
    public let temporaryPath: String
    /// Open for writing on the temporary file.
    public let handle: FileHandle
    private var finished = false

    /// Creates the destination's directory and the temporary file; throws a
    /// `FileWriteError` naming `path` when either cannot be made or `path` is a directory.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw FileWriteError(path: path, reason: "it is a directory")
        }
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(path: path, reason: "cannot create directory \(directory.path): \(FileWriteError.reason(of: error))")
        }
        Self.removeAbandonedTemporaries(of: url.lastPathComponent, in: directory.path)
        temporaryPath = directory.appendingPathComponent(Self.temporaryName(of: url.lastPathComponent, pid: getpid())).path
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FileWriteError(path: path, reason: "cannot create \(temporaryPath): \(String(cString: strerror(errno)))")
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    deinit {
        if !finished { discard() }
    }

    /// Flushes the bytes to disk and renames the temporary file to `path`.
    public func commit() throws {
        guard !finished else { return }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            discard()
            throw FileWriteError(path: path, error: error)
        }
        finished = true
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw FileWriteError(path: path, reason: "rename failed: \(String(cString: strerror(code)))")
        }
    }

    /// Removes the temporary file; `path` is untouched.
    public func discard() {
        guard !finished else { return }
        finished = true
        try? handle.close()
        unlink(temporaryPath)
    }

    static func temporaryName(of name: String, pid: pid_t) -> String {
        ".\(name).\(pid).tmp"
    }

    /// Removes `.<name>.<pid>.tmp` files in `directory` whose process no longer exists.
    static func removeAbandonedTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name).", suffix = ".tmp"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for candidate in names where candidate.hasPrefix(prefix) && candidate.hasSuffix(suffix)
            && candidate.count > prefix.count + suffix.count {
            let digits = candidate.dropFirst(prefix.count).dropLast(suffix.count)
            guard let pid = pid_t(digits), pid > 0, pid != getpid(), !ProcessLiveness.isRunning(pid) else { continue }
            unlink((directory as NSString).appendingPathComponent(candidate))
        }
    }
}

/// Whether a process id belongs to a running process (for removing what dead runs left).
package enum ProcessLiveness {
    /// True unless the system says no such process exists (a process of another user counts as running).
    package static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
