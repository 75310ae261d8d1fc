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

    static func run(_ binary: URL, _ arguments: [String], resources: String? = nil) throws -> CommandLineRunner.Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "KHAOSAN_RESOURCES" }
            .merging(resources.map { ["KHAOSAN_RESOURCES": $0] } ?? [:]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
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
            #expect(result.stderr.contains("looked in: \(folder.resolvingSymlinksInPath().path)/khaosan_Khaosan.resources/Resources"))
        }
    }

    @Test func aSymbolicLinkToTheBinaryFindsTheResourcesBesideTheRealFile() throws {
        let folder = try Self.copy(withResources: true)
        let elsewhere = URL(fileURLWithPath: CommandLineRunner.temporaryPath("relocated-link"))
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { [folder, elsewhere].forEach { try? FileManager.default.removeItem(at: $0) } }
        let link = elsewhere.appendingPathComponent("khaosan")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder.appendingPathComponent("khaosan"))
        let result = try Self.run(link, ["build", "-", "-o", "-", "--no-cache", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("พะเยา"))
    }

    @Test func resourcesNamedByTheEnvironmentAreUsedAndAWrongNameIsOneLine() throws {
        let folder = try Self.copy(withResources: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = CommandLineRunner.executable.deletingLastPathComponent()
            .appendingPathComponent("khaosan_Khaosan.resources/Resources").resolvingSymlinksInPath().path
        let binary = folder.appendingPathComponent("khaosan")
        let found = try Self.run(binary, ["build", "-", "-o", "-", "--no-cache", "--quiet"], resources: built)
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("พะเยา"))
        let version = try Self.run(binary, ["--version"], resources: built)
        #expect(version.stdout.contains("resources: \(built)\n"), "\(version.stdout)")
        let wrong = try Self.run(binary, ["segment", "-"], resources: folder.path)
        #expect(wrong.status == 1 && wrong.stderr.split(separator: "\n").count == 1, "\(wrong.stderr)")
        #expect(wrong.stderr.contains("not found in KHAOSAN_RESOURCES=\(folder.path)"), "\(wrong.stderr)")
        // --version works without resources and says where it looked.
        let bare = try Self.run(binary, ["--version"])
        #expect(bare.status == 0 && bare.stdout.contains("resources: not found"), "\(bare.stdout)")
    }
}
