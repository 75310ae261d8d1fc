import Foundation

/// Lists the input files under a directory, recursively, in a stable order.
///
/// Entries of each directory are sorted by the UTF-8 bytes of their names and
/// visited depth-first, so `a/` comes before `a-b.txt` only when `a` < `a-b.txt`
/// byte-wise, and a directory's files appear where the directory sorts. Names
/// starting with `.` are skipped, as are files without a known extension
/// (`InputFormat(directoryEntry:)`). Symbolic links are followed; a directory
/// reached twice (a link loop) is visited once.
enum InputFileWalker {
    enum Entry: Equatable {
        case file(path: String, format: InputFormat)
        /// A directory that could not be listed.
        case unreadable(IngestError)
    }

    static func entries(in directory: String) -> [Entry] {
        var entries: [Entry] = []
        var visited: Set<String> = []
        walk(directory, into: &entries, visited: &visited)
        return entries
    }

    private static func walk(_ directory: String, into entries: inout [Entry], visited: inout Set<String>) {
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
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, into: &entries, visited: &visited)
            } else if let format = InputFormat(directoryEntry: name) {
                entries.append(.file(path: path, format: format))
            }
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
