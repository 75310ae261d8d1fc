import ArgumentParser
import Foundation
import Khaosan

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the knowledge graph of the inputs (default: the bundled corpus/)."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let paths = input.inputs.isEmpty ? [BundledCorpus.path] : input.inputs
        var read = 0
        var rejected = 0
        try DocumentReader(paths: paths).forEach { item in
            switch item {
            case .document: read += 1
            case .rejected(let error):
                rejected += 1
                printError("rejected \(error)")
            }
        }
        printError("documents: \(read + rejected) (\(read) read, \(rejected) rejected)")
        if read == 0 && rejected > 0 { throw ExitCode(1) }
    }
}
