import ArgumentParser
import Foundation
import Khaosan

/// The files a command reads and writes, checked before anything is opened or extracted:
/// every input exists, and no output is another output or an input. A failure prints
/// `Error: …` and exits with status 2 (a usage mistake: nothing was read or written).
struct RunPaths {
    /// Input paths as given (`-` is stdin).
    var inputs: [String]
    /// Output files by the option that names them (`-o`, `--errors`); stdout (`-`) and
    /// devices (`/dev/null`) are not files and are not compared.
    var outputs: [(option: String, path: String)]

    /// Canonical paths of the outputs that are files: never read back when met in an input directory.
    var excludedFromInput: Set<String> {
        Set(outputs.filter { Self.isFile($0.path) }.map { CanonicalPath.of($0.path) })
    }

    /// Throws `ExitCode(2)` after printing why, when an input is missing or two paths collide.
    func check() throws {
        var problems: [String] = []
        for input in inputs where input != "-" {
            if let reason = Self.whyMissing(input) { problems.append("input \(RawPath.display(input)): \(reason)") }
        }
        try fail(problems + collisions())
    }

    /// Throws `ExitCode(2)` after printing why, when an output is an input or another output
    /// (missing inputs are left to the command).
    func checkDistinct() throws {
        try fail(collisions())
    }

    private func fail(_ problems: [String]) throws {
        guard problems.isEmpty else {
            for problem in problems { printError("Error: \(problem)") }
            printError("Error: nothing was read or written")
            throw ExitCode(2)
        }
    }

    private func collisions() -> [String] {
        var problems: [String] = []
        var seen: [String: String] = [:]   // canonical path → "option path"
        for input in inputs where input != "-" {
            seen[CanonicalPath.of(input)] = "input \(RawPath.display(input))"
        }
        for (option, path) in outputs where Self.isFile(path) {
            if path.isEmpty { problems.append("\(option): empty path"); continue }
            let canonical = CanonicalPath.of(path)
            if let other = seen[canonical] {
                problems.append("\(option) \(path) is the same file as \(other): it would be overwritten")
            } else {
                seen[canonical] = "\(option) \(path)"
            }
        }
        return problems
    }

    /// Why `path` cannot be an input, or nil when it exists.
    static func whyMissing(_ path: String) -> String? {
        var info = stat()
        if RawPath.withCString(path, { stat($0, &info) }) == 0 { return nil }
        let code = errno
        var link = stat()
        if RawPath.withCString(path, { lstat($0, &link) }) == 0 && (link.st_mode & S_IFMT) == S_IFLNK {
            if code == ELOOP { return "symbolic link loop" }
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            return "dangling symbolic link (to \(target))"
        }
        return code == ENOENT ? "no such file or directory" : String(cString: strerror(code))
    }

    /// Whether `path` names a file written through a rename (not stdout, not a device or pipe).
    private static func isFile(_ path: String) -> Bool {
        path != "-" && !AtomicFile.writesInPlace(path)
    }
}
