import ArgumentParser
import Foundation
import Khaosan

@main
struct KhaosanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khaosan",
        abstract: "Turn archives of Thai news into a deduplicated knowledge graph.",
        version: KhaosanVersion.string,
        subcommands: [
            BuildCommand.self,
            ExtractCommand.self,
            MergeCommand.self,
            DiffCommand.self,
            IRIMapCommand.self,
            ExportCommand.self,
            CacheCommand.self,
            SegmentCommand.self,
            IngestCommand.self,
            DatesCommand.self,
            EvalCommand.self,
            EvalGraphCommand.self,
            TrainCommand.self,
            TagCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// ArgumentParser's main, except that `khaosan diff` and `khaosan eval-graph` report a
    /// usage error with exit status 2 (their documented status for bad input), not 64.
    static func main() {
        if Array(CommandLine.arguments.dropFirst()) == ["--version"] {
            StandardOutput.write(Data(KhaosanVersion.text.utf8))
            return
        }
        do {
            // Raw arguments: a file name that is not UTF-8 (TIS-620) must reach the readers intact.
            var command = try parseAsRoot(RawPath.commandLineArguments())
            // Every command but diff reads the bundled lexicons and model: one line, not a trap, when
            // they are gone or a list of the manifest (BundledList) is missing or misnamed.
            if !(command is DiffCommand || command is ExportCommand || command is CacheStatsCommand
                  || command is CachePruneCommand) {
                do {
                    try BundledResources.requireAvailable()
                } catch {
                    writeStandardError("Error: \(error)\n")
                    Foundation.exit(1)
                }
            }
            try command.run()
        } catch {
            let status = exitCode(for: error)
            if status != .success,
               [DiffCommand.configuration.commandName, EvalGraphCommand.configuration.commandName]
                .contains(CommandLine.arguments.dropFirst().first),
               !(error is ExitCode) {
                writeStandardError(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
