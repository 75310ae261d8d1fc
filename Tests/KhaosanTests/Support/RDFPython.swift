import Foundation
import Testing

/// The python3 that can `import rdflib`, made by `scripts/python-env.sh` (a private
/// virtual environment under `.build/venv`; the system Python is never modified).
/// Made once per test process; tests that need it skip, reported with the reason,
/// when it cannot be made (no python3, no venv module, no network).
enum RDFPython {
    /// The interpreter's path, or why there is none (one line from the script).
    static let interpreter: (path: String?, reason: String) = locate()

    /// The interpreter's path; cancels (skips) the running test, with the reason, when there is none.
    static func require() throws -> String {
        if let path = interpreter.path { return path }
        try Test.cancel("rdflib check skipped: \(interpreter.reason)")
    }

    private static func locate() -> (path: String?, reason: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", Repository.path("scripts/python-env.sh")]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return (nil, "cannot run scripts/python-env.sh: \(error)") }
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !path.isEmpty else {
            let reason = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return (nil, reason.isEmpty ? "scripts/python-env.sh exited \(process.terminationStatus)" : reason)
        }
        return (path, "")
    }
}
