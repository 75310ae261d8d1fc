import ArgumentParser

@main
struct KhaosanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "khaosan",
        abstract: "Turn archives of Thai news into a deduplicated knowledge graph.",
        version: KhaosanVersion.string,
        subcommands: [BuildCommand.self, DiffCommand.self, SegmentCommand.self],
        defaultSubcommand: nil
    )
}
