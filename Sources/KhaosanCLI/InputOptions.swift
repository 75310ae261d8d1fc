import ArgumentParser
import Foundation
/// Input files shared by the subcommands that read documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Input files or directories (.txt, .jsonl, .jsonl.gz); '-' reads stdin.")
    var inputs: [String] = []
}
