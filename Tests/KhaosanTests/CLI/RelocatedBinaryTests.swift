import Foundation
import Testing

/// End-to-end: the binary copied elsewhere finds its resources beside it, and says in one
/// line what is missing (never a trap) when they were not copied.
@Suite struct RelocatedBinaryTests {
    static let input = Data(#"{"id":"a","text":"นายเศรษฐา ทวีสิน เดินทางไปจังหวัดพะเยาเมื่อวันที่ 16 พฤศจิกายน 2568"}"#.utf8 + [0x0A])

    static func copy(withResources: Bool) throws -> URL {
        let folder = URL(fileURLWithPath: CommandLineRunner.temporaryPath("relocated"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let built = CommandLineRunner.executable
        try FileManager.default.copyItem(at: built, to: folder.appendingPathComponent("khaosan"))
        if withResources {
            let bundle = "khaosan_Khaosan.resources"
            try FileManager.default.copyItem(at: built.deletingLastPathComponent().appendingPathComponent(bundle),
                                             to: folder.appendingPathComponent(bundle))
        }
        return folder
    }

    static func run(_ binary: URL, _ arguments: [String]) throws -> CommandLineRunner.Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "KHAOSAN_RESOURCES" }
        let out = Pipe(), err = Pipe(), input = Pipe()
        (process.standardOutput, process.standardError, process.standardInput) = (out, err, input)
        try process.run()
        input.fileHandleForWriting.write(Self.input)
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func aCopyWithItsResourceFolderWorksAnywhere() throws {
        let folder = try Self.copy(withResources: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.run(folder.appendingPathComponent("khaosan"), ["build", "-", "-o", "-", "--no-cache", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("พะเยา"))
    }

    @Test func aCopyWithoutItsResourcesFailsWithOneLineNotATrap() throws {
        let folder = try Self.copy(withResources: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["build", "-", "-o", "-", "--no-cache"], ["segment", "-"], ["dates", "-"]] {
            let result = try Self.run(folder.appendingPathComponent("khaosan"), command)
            #expect(result.status == 1, "\(command[0]): \(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains("resources (khaosan_Khaosan.resources) were not found next to the executable"))
        }
    }
}
