import ArgumentParser

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
            SegmentCommand.self,
            IngestCommand.self,
            DatesCommand.self,
            EvalCommand.self,
            TrainCommand.self,
            TagCommand.self,
            BenchSegmentCommand.self,
        ],
        defaultSubcommand: nil
    )
}
