import Foundation
import KhaosanCore

/// Lists the input files under a directory, recursively, in a stable order.
///
/// Entries of each directory are sorted by the bytes of their names and visited
/// depth-first, so `a/` comes before `a-b.txt` only when `a` < `a-b.txt` byte-wise, and a
/// directory's files appear where the directory sorts. Names are read as bytes
/// (`readdir`), so a name that is not UTF-8 (TIS-620) is listed too, as a `RawPath`.
/// Names starting with `.` are skipped, as are files without a known extension
/// (`InputFormat(directoryEntry:)`). Symbolic links are followed, but never twice into one
/// directory: a link back into a directory being walked (a loop, `loop -> ..`), a link to
/// itself (`self -> self`) and a second link to a directory already read are reported as
/// skipped, naming the link. An input-named entry that is a dangling link or not a regular
/// file (a named pipe, which would block forever, a socket, a device) is reported too, not read.
enum InputFileWalker {
    enum Entry: Equatable {
        case file(path: String, format: InputFormat)
        /// A directory that could not be listed, or an entry skipped with the reason.
        case unreadable(InputError)
    }

    /// The input files under `directory`; files whose canonical path is in `excluded` are left out.
    static func entries(in directory: String, excluding excluded: Set<String> = []) -> [Entry] {
        var walk = Walk(excluded: excluded)
        let canonical = CanonicalPath.realPath(directory) ?? directory
        walk.visited[canonical] = directory
        walk.walk(directory, ancestors: [canonical])
        return walk.entries
    }

    private struct Walk {
        let excluded: Set<String>
        var entries: [Entry] = []
        /// Canonical path of each directory read → the path it was read through.
        var visited: [String: String] = [:]

        mutating func walk(_ directory: String, ancestors: [String]) {
            let names: [String]
            do {
                names = try Self.names(in: directory)
            } catch {
                skip(directory, "cannot list directory: \(error.reason)")
                return
            }
            for name in names where !name.hasPrefix(".") {
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var info = stat()
                guard RawPath.withCString(path, { stat($0, &info) }) == 0 else {
                    let code = errno
                    var link = stat()
                    let isLink = RawPath.withCString(path, { lstat($0, &link) }) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
                    if isLink && code == ELOOP {
                        skip(path, "skipped: symbolic link loop (it leads back to itself)")
                    } else if InputFormat(directoryEntry: name) != nil {
                        // A link to nothing (or a name that vanished): reported when it looks like an input.
                        skip(path, isLink ? "dangling symbolic link" : "cannot read: \(SystemError.message(code))")
                    }
                    continue
                }
                let type = info.st_mode & S_IFMT
                if type == S_IFDIR {
                    let canonical = CanonicalPath.realPath(path) ?? path
                    if ancestors.contains(canonical) {
                        skip(path, "skipped: symbolic link loop (it leads back to \(RawPath.display(visited[canonical] ?? canonical)))")
                    } else if let earlier = visited[canonical] {
                        skip(path, "skipped: directory already read as \(RawPath.display(earlier))")
                    } else {
                        visited[canonical] = path
                        walk(path, ancestors: ancestors + [canonical])
                    }
                } else if let format = InputFormat(directoryEntry: name),
                          excluded.isEmpty || !excluded.contains(CanonicalPath.of(path)) {
                    if type == S_IFREG {
                        entries.append(.file(path: path, format: format))
                    } else {
                        // Reading a named pipe would wait forever for a writer; a device has no end.
                        skip(path, "skipped: not a regular file (\(Self.describe(fileType: type)))")
                    }
                }
            }
        }

        private mutating func skip(_ path: String, _ reason: String) {
            entries.append(.unreadable(InputError(location: RawPath.display(path), reason: reason)))
        }

        /// The names in `directory` (without `.` and `..`), sorted by their bytes.
        private static func names(in directory: String) throws(ListingError) -> [String] {
            guard let stream = RawPath.withCString(directory, { opendir($0) }) else {
                throw ListingError(reason: SystemError.message(errno))
            }
            defer { closedir(stream) }
            var names: [[UInt8]] = []
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    Array(raw.prefix { $0 != 0 })
                }
                if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
            }
            return names.sorted { $0.lexicographicallyPrecedes($1) }.map { RawPath.string(fromBytes: $0) }
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
    }

    /// Why a directory could not be listed (the system's message).
    private struct ListingError: Error {
        var reason: String
    }
}
