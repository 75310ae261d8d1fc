import Foundation

/// Runs the built `khaosan` binary for end-to-end tests.
struct CommandLineRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `khaosan` executable next to the test bundle (swift test builds every product).
    static var executable: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        // xctest bundles on Linux are executables inside the build folder; on macOS they are directories.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("khaosan").path),
              directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        let candidate = directory.appendingPathComponent("khaosan")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return Repository.root.appendingPathComponent(".build/debug/khaosan")
    }

    /// Runs `khaosan arguments…` with `stdin` as standard input, in `directory`; with
    /// `standardOutput` stdout goes to that file (e.g. /dev/full) and `stdout` is empty;
    /// `environment` is added to the test's own.
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL = Repository.root,
                    standardOutput: FileHandle? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        let errData = ReadBuffer()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if standardOutput != nil { try out.fileHandleForWriting.close() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// What the stderr reader read; written by its thread before `group.leave()`, read
    /// after `group.wait()`, so never at the same time.
    private final class ReadBuffer: @unchecked Sendable {
        var data = Data()
    }

    /// A fresh path in the temporary directory ending in `name` (nothing is created).
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("khaosan-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)-\(name)").path
    }
}
