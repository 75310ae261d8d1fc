import Foundation

/// Lists the input files under a directory, recursively, in a stable order.
///
/// Entries of each directory are sorted by the UTF-8 bytes of their names and
/// visited depth-first, so `a/` comes before `a-b.txt` only when `a` < `a-b.txt`
/// byte-wise, and a directory's files appear where the directory sorts. Names
/// starting with `.` are skipped, as are files without a known extension
/// (`InputFormat(directoryEntry:)`). Symbolic links are followed; a directory
/// reached twice (a link loop) is visited once. An input-named entry that is a
/// dangling link or not a regular file (a named pipe, which would block forever,
/// a socket, a device) is reported as unreadable, not read.
enum InputFileWalker {
    enum Entry: Equatable {
        case file(path: String, format: InputFormat)
        /// A directory that could not be listed.
        case unreadable(IngestError)
    }

    /// The input files under `directory`; files whose canonical path is in `excluded` are left out.
    static func entries(in directory: String, excluding excluded: Set<String> = []) -> [Entry] {
        var entries: [Entry] = []
        var visited: Set<String> = []
        walk(directory, into: &entries, visited: &visited, excluded: excluded)
        return entries
    }

    private static func walk(_ directory: String, into entries: inout [Entry], visited: inout Set<String>,
                             excluded: Set<String>) {
        let canonical = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(canonical).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            entries.append(.unreadable(IngestError(location: directory, reason: "cannot list directory: \(describe(error))")))
            return
        }
        let sorted = names.filter { !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for name in sorted {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A link to nothing (or a name that vanished): reported when it looks like an input.
                if InputFormat(directoryEntry: name) != nil {
                    var link = stat()
                    let reason = lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
                        ? "dangling symbolic link" : "cannot read: \(SystemError.message(errno))"
                    entries.append(.unreadable(IngestError(location: path, reason: reason)))
                }
                continue
            }
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR {
                walk(path, into: &entries, visited: &visited, excluded: excluded)
            } else if let format = InputFormat(directoryEntry: name),
                      excluded.isEmpty || !excluded.contains(CanonicalPath.of(path)) {
                if type == S_IFREG {
                    entries.append(.file(path: path, format: format))
                } else {
                    // Reading a named pipe would wait forever for a writer; a device has no end.
                    entries.append(.unreadable(IngestError(location: path, reason: "skipped: not a regular file (\(describe(fileType: type)))")))
                }
            }
        }
    }

    private static func describe(fileType type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "named pipe"
        case S_IFSOCK: return "socket"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        default: return "special file"
        }
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return SystemError.message(Int32(underlying.code))
        }
        if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoPermissionError {
            return "permission denied"
        }
        return nsError.localizedDescription
    }
}
