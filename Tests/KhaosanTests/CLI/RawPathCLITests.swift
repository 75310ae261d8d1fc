import Foundation
import Testing
@testable import Khaosan

/// A file name that is not UTF-8, named on the command line (the shell makes its bytes:
/// `Process` would turn a `String` argument into UTF-8), is read, and reported by its bytes.
@Suite struct RawPathCLITests {
    /// Runs `/bin/sh -c script` in `directory` with `$KHAOSAN` the built binary.
    private func shell(_ script: String, in directory: URL) throws -> CommandLineRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["KHAOSAN": CommandLineRunner.executable.path]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func aTIS620NamedFileOnTheCommandLineIsReadAndItsIdShowsItsBytes() throws {
        let (folder, _) = try RawPathTests.folderWithTIS620Name()
        defer { try? FileManager.default.removeItem(at: folder) }
        // \242\350\322\307 = A2 E8 D2 C7, "ข่าว" in TIS-620.
        let result = try shell(#"exec "$KHAOSAN" build "$(printf '\242\350\322\307.txt')" -o g.jsonld --no-cache --quiet"#, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try String(contentsOf: folder.appendingPathComponent("g.jsonld"), encoding: .utf8)
        #expect(graph.contains("\"identifier\": \"%A2%E8%D2%C7\"") || graph.contains("\"identifier\":\"%A2%E8%D2%C7\""), "\(graph.prefix(600))")
    }

    @Test func aMissingNonUTF8NameIsAnErrorNamingItsBytes() throws {
        let folder = try InputFormatDetectionTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try shell(#"exec "$KHAOSAN" build "$(printf '\242\350.txt')" -o g.jsonld --no-cache --quiet"#, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("input %A2%E8.txt: no such file or directory"), "\(result.stderr)")
    }
}
