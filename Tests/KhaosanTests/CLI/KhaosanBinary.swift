import Foundation

/// Runs the built `khaosan` executable (beside the test bundle, or in
/// `.build/debug`) for end-to-end tests.
enum KhaosanBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var url: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("khaosan"),
            URL(fileURLWithPath: Repository.path(".build/debug/khaosan")),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `khaosan arguments…` in the repository root with `stdin` as its input.
    static func run(_ arguments: [String], stdin: Data = Data()) throws -> Result {
        guard let url else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "khaosan executable (run swift build)"]) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        // stderr goes to a file, stdout to a pipe read to its end: neither can fill up and block the child.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("khaosan-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let input = Pipe(), output = Pipe()
        let error = try FileHandle(forWritingTo: errorFile)
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(stdin)
        try input.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try error.close()
        let errorData = try Data(contentsOf: errorFile)
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self))
    }
}
